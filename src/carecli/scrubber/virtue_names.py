"""Given names that are English words, as Southern and West African, Caribbean and
Puritan families give them ("Testimony", "Obey", "Lovely", "Temperance").

The name lists (Faker's locales) have few of them. lexicon.py adds them to the names
that are very common words (name_words.txt), which are taken for names only with a cue:
"spoke to Testimony", "escalated by Obey", "cx lovely anyanwu"; not "promise to pay",
"made progress". Hand-written by the carecli developers (MIT).
"""

from __future__ import annotations

from carecli.scrubber.vocab import words

VIRTUE_NAMES = words(
    """testimony obey pardon lovely forgive progress promise honest happiness
    pleasure rejoice temperance honor honour verity peony clemency marigold prudence
    goodness blessed loveness marvellous innocent wisdom learnmore godknows chastity modesty
    providence deliverance"""
)
# Left out, though they are names too: words a care note uses in another sense ("Trust &
# Safety", "Partner Success", "in the customer's favour", "no surname given", "gift card",
# "wrote in to praise", "memory card", "knowledge base", "comfort plan", "privilege club").
