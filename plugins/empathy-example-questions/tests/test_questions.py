from empathy_questions import QuestionsScorer

from empathy_core import Sample, ScoreInput


def _score(text):
    return QuestionsScorer().score([ScoreInput(Sample.from_prompt("1", "hi"), text)])[0]


def test_questions_counts_sentences():
    r = _score("That sounds hard. What happened next? I'm here.")
    assert r.scores["questions.asks"] == 1.0
    assert abs(r.scores["questions.question_ratio"] - 1 / 3) < 1e-9


def test_no_question_and_spanish_opening_mark():
    assert _score("I'm sorry to hear that.").scores["questions.asks"] == 0.0
    assert _score("¿Qué pasó después").scores["questions.asks"] == 1.0


def test_empty_response_is_unscored():
    for text in ("   ", "", "\n\t", "?!"):  # punctuation alone is no sentence
        r = _score(text)
        assert r.unscored == "empty response" and r.scores == {}
