"""The EmpatheticDialogues evaluation protocol of the MoEL / MIME / CEM code (``protocol=ed``).

Those papers normalise every response (hypotheses and references alike) the way their data pipeline
does (MoEL ``utils/data_reader.py`` ``clean``, CEM ``src/utils/data/loader.py`` ``process_sent``):

1. lowercase;
2. expand contractions with CEM's ``WORD_PAIRS`` by plain substring replacement, in list order
   (``str.replace``, so ``"it's"`` inside ``"bit's"`` is replaced too, exactly as their code does);
3. ``nltk.word_tokenize`` (Punkt sentence split, then the NLTK/Treebank word tokenizer per sentence);
4. the tokens joined by single spaces.

BLEU is then corpus BLEU-1..4, cumulative, with the brevity penalty and no smoothing (multi-bleu.perl
-lc; sacrebleu ``tokenize="none", lowercase=True, smooth_method="none"`` on these strings gives the
same numbers), and Dist-n is distinct n-grams / all n-grams over the whole split (CEM
``calc_distinct_n``) on the same tokens.

nltk is not needed at run time: :func:`word_tokenize` reproduces ``nltk.word_tokenize`` for English
text. The word step is NLTK's ``NLTKWordTokenizer`` regexes written out below (NLTK, Apache-2.0,
(c) the NLTK Project). The sentence step stands in for the trained Punkt model (not installable
offline): a sentence ends after ``.``, ``?`` or ``!`` (runs included) followed by whitespace, except
after an abbreviation from :data:`ABBREVIATIONS`, a single letter (an initial) or a number followed by
a lower-case word (Punkt's orthographic rule on lower-cased text), or an ellipsis (``..`` or more,
which the word step splits anyway). Splitting matters only for the period: the word tokenizer splits
a period off only at the end of its input, so ``"that. what"`` gives ``that . what`` as one
sentence each and ``that. what`` as one string. ``tests/test_ed_protocol.py`` checks known cases and,
where nltk is installed, agrees with ``NLTKWordTokenizer`` on ED text sentence by sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: CEM ``src/utils/constants.py`` WORD_PAIRS (= MoEL's ``word_pairs``), in their order. Their dict
#: lists "i'd" twice; a dict keeps one, so the second entry is dropped here.
WORD_PAIRS: tuple[tuple[str, str], ...] = (
    ("it's", "it is"),
    ("don't", "do not"),
    ("doesn't", "does not"),
    ("didn't", "did not"),
    ("you'd", "you would"),
    ("you're", "you are"),
    ("you'll", "you will"),
    ("i'm", "i am"),
    ("they're", "they are"),
    ("that's", "that is"),
    ("what's", "what is"),
    ("couldn't", "could not"),
    ("i've", "i have"),
    ("we've", "we have"),
    ("can't", "cannot"),
    ("i'd", "i would"),
    ("aren't", "are not"),
    ("isn't", "is not"),
    ("wasn't", "was not"),
    ("weren't", "were not"),
    ("won't", "will not"),
    ("there's", "there is"),
    ("there're", "there are"),
)

#: Period-final words that do not end a sentence (lower case, final period removed): common English
#: abbreviations of the kind Punkt's English model learned. Conversational ED text has few of them.
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "u.s",
    "u.k", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mt", "ft", "lb", "lbs", "oz", "approx", "dept", "gov", "gen", "col", "sgt",
})

# --- the word step: NLTKWordTokenizer (nltk.tokenize.destructive), regexes in its order ---
_STARTING_QUOTES = [
    (re.compile("([«“‘„]|[`]+)"), r" \1 "),
    (re.compile(r"^\""), r"``"),
    (re.compile(r"(``)"), r" \1 "),
    (re.compile(r"([ \(\[{<])(\"|\'{2})"), r"\1 `` "),
    (re.compile(r"(?i)(?<!\w)(\')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)"), r"\1 "),
]
_PUNCTUATION = [
    (re.compile(r'([^\.])(\.)([\]\)}>"\'' "»”’ " r"]*)\s*$"), r"\1 \2 \3 "),
    (re.compile(r"([:,])([^\d])"), r" \1 \2"),
    (re.compile(r"([:,])$"), r" \1 "),
    (re.compile(r"\.{2,}"), r" \g<0> "),
    (re.compile(r"[;@#$%&]"), r" \g<0> "),
    (re.compile(r"[\u2012-\u2015]"), r" \g<0> "),
    (re.compile(r'([^\.])(\.)([\]\)}>"\']*)\s*$'), r"\1 \2\3 "),
    (re.compile(r"[?!]"), r" \g<0> "),
    (re.compile(r"([^'])' "), r"\1 ' "),
    (re.compile(r"[*]"), r" \g<0> "),
]
_PARENS = (re.compile(r"[\]\[\(\)\{\}\<\>]"), r" \g<0> ")
_DOUBLE_DASHES = (re.compile(r"--"), r" -- ")
_ENDING_QUOTES = [
    (re.compile("([»”’])"), r" \1 "),
    (re.compile(r"''"), " '' "),
    (re.compile(r'"'), " '' "),
    (re.compile(r"\s+"), " "),
    (re.compile(r"([^' ])('[sS]|'[mM]|'[dD]|') "), r"\1 \2 "),
    (re.compile(r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) "), r"\1 \2 "),
]
_CONTRACTIONS = [re.compile(p) for p in (
    r"(?i)\b(can)(?#X)(not)\b", r"(?i)\b(d)(?#X)('ye)\b", r"(?i)\b(gim)(?#X)(me)\b", r"(?i)\b(gon)(?#X)(na)\b",
    r"(?i)\b(got)(?#X)(ta)\b", r"(?i)\b(lem)(?#X)(me)\b", r"(?i)\b(more)(?#X)('n)\b",
    r"(?i)\b(wan)(?#X)(na)(?=\s)", r"(?i) ('t)(?#X)(is)\b", r"(?i) ('t)(?#X)(was)\b")]


def treebank_tokens(sentence: str) -> list[str]:
    """``nltk.tokenize.NLTKWordTokenizer().tokenize(sentence)`` (one sentence)."""
    text = sentence
    for rx, sub in _STARTING_QUOTES:
        text = rx.sub(sub, text)
    for rx, sub in _PUNCTUATION:
        text = rx.sub(sub, text)
    text = _PARENS[0].sub(_PARENS[1], text)
    text = _DOUBLE_DASHES[0].sub(_DOUBLE_DASHES[1], text)
    text = " " + text + " "
    for rx, sub in _ENDING_QUOTES:
        text = rx.sub(sub, text)
    for rx in _CONTRACTIONS:
        text = rx.sub(r" \1 \2 ", text)
    return text.split()


# --- the sentence step (stands in for Punkt) ---
# a sentence-final mark run, optional closing quotes/brackets, then whitespace and the next token
_SENT_END = re.compile(r"(\S*?)([.?!]+)([\"'”’)\]}]*)(\s+)(?=(\S))")
_INITIAL_OR_NUMBER = re.compile(r"^(?:[^\W\d_]|\d+(?:[.,]\d+)*)$")


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` (see the module docstring for the rule)."""
    out: list[str] = []
    start = 0
    for m in _SENT_END.finditer(text):
        word, marks, nxt = m.group(1), m.group(2), m.group(5)
        if marks == ".":
            stem = word.lower()
            if stem in ABBREVIATIONS:
                continue
            if _INITIAL_OR_NUMBER.match(stem) and nxt[:1].islower():
                continue
        elif marks.startswith(".."):
            continue  # an ellipsis: the word step splits it off wherever it is
        end = m.end(3)
        out.append(text[start:end])
        start = m.end(4)
    if start < len(text):
        out.append(text[start:])
    return [s for s in out if s.strip()]


def word_tokenize(text: str) -> list[str]:
    """``nltk.word_tokenize(text)`` for English (Punkt replaced by :func:`split_sentences`)."""
    return [tok for sent in split_sentences(text) for tok in treebank_tokens(sent)]


def expand_contractions(text: str) -> str:
    for k, v in WORD_PAIRS:
        text = text.replace(k, v)
    return text


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The protocol's text: lowercase, WORD_PAIRS expanded, nltk word tokens joined by spaces."""
    return " ".join(word_tokenize(expand_contractions(text.lower())))


def tokens(text: str) -> list[str]:
    return normalize(text).split()


#: written into the signature of every score made with ``protocol=ed``
SIGNATURE = "ed:lc+cem-word-pairs+nltk-word-tokenize/1"
