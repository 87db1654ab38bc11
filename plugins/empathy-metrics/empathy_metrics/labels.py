"""Label sets."""

MECHANISMS = ("emotional_reactions", "interpretations", "explorations")

#: EmpatheticDialogues' 32 emotions (alphabetical)
EMOTIONS = (
    "afraid", "angry", "annoyed", "anticipating", "anxious", "apprehensive", "ashamed", "caring",
    "confident", "content", "devastated", "disappointed", "disgusted", "embarrassed", "excited",
    "faithful", "furious", "grateful", "guilty", "hopeful", "impressed", "jealous", "joyful",
    "lonely", "nostalgic", "prepared", "proud", "sad", "sentimental", "surprised", "terrified",
    "trusting",
)

#: coarse polarity of each ED emotion (the grouping used for ED's positive/negative split;
#: "surprised" and "anticipating" can go either way and are counted as neutral)
POLARITY = {
    **dict.fromkeys(("confident", "content", "caring", "excited", "faithful", "grateful", "hopeful",
                     "impressed", "joyful", "nostalgic", "prepared", "proud", "sentimental", "trusting"),
                    "positive"),
    **dict.fromkeys(("afraid", "angry", "annoyed", "anxious", "apprehensive", "ashamed", "devastated",
                     "disappointed", "disgusted", "embarrassed", "furious", "guilty", "jealous", "lonely",
                     "sad", "terrified"), "negative"),
    "surprised": "neutral",
    "anticipating": "neutral",
}
COARSE = ("positive", "negative", "neutral")

#: EmpatheticIntents (Welivita & Pu 2020): 8 intents + neutral, in this index order
INTENT_LABELS = ("questioning", "acknowledging", "agreeing", "consoling", "encouraging", "sympathizing",
                 "suggesting", "wishing", "neutral")
