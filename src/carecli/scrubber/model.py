"""A small linear name model for words in no list that the name rules leave undecided.

Features are hashed: the word's character 2-4-grams with boundary marks ("^ne", "ma$")
and its context (the words and classes either side, capitals, sentence start,
possessive, whether a neighbour is a name). The weights come from
benchmarks/train_name_model.py, trained offline on generated notes; data/name_model.bin
holds them as 16-bit integers (see data/NOTICE.md). Standard library only: the file is
read with `array` on the first scrub.
"""

from __future__ import annotations

import array
import functools
import os
import struct
import sys
import zlib

from carecli.scrubber.tokens import Tok, next_tok, possessive, prev_tok
from carecli.scrubber.where_words import TEAM_WORDS

MAGIC = b"CNM1"
HEADER = struct.Struct("<4sIff")  # magic, bucket bits, weight scale, decision threshold
PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data",
                    "name_model.bin")  # fmt: skip
# Word classes (tokens.classify) the model decides; all others are left to the rules.
CANDIDATES = frozenset(("unknown", "compound"))


class Model:
    """Weights of hashed features; `score` is the log-odds that a word is a name."""

    def __init__(
        self, bits: int, scale: float, threshold: float, weights: array.array[int]
    ) -> None:
        self.mask = (1 << bits) - 1
        self.scale = scale
        self.threshold = threshold
        self.weights = weights

    def score(self, feats: list[str]) -> float:
        w, mask = self.weights, self.mask
        total: int = sum(w[zlib.crc32(f.encode()) & mask] for f in feats)
        return total * self.scale


def pack(bits: int, scale: float, threshold: float, weights: list[int]) -> bytes:
    """The file format (used by the training script): header, then int16 weights."""
    data = array.array("h", weights)
    if sys.byteorder != "little":
        data.byteswap()
    return HEADER.pack(MAGIC, bits, scale, threshold) + data.tobytes()


def unpack(blob: bytes) -> Model:
    magic, bits, scale, threshold = HEADER.unpack_from(blob)
    if magic != MAGIC:
        raise ValueError("not a carecli name model")
    weights = array.array("h")
    weights.frombytes(blob[HEADER.size :])
    if sys.byteorder != "little":
        weights.byteswap()
    if len(weights) != 1 << bits:
        raise ValueError("name model: wrong number of weights")
    return Model(bits, scale, threshold, weights)


@functools.cache
def shared() -> Model | None:
    """The shipped model, read on the first call; None if the file is missing."""
    try:
        with open(PATH, "rb") as handle:
            return unpack(handle.read())
    except OSError:
        return None


def features(toks: list[Tok], i: int) -> list[str]:
    """The feature names of toks[i]; the training script uses this same function."""
    tok = toks[i]
    word = "^" + tok.fold + "$"
    feats = ["bias", f"len:{min(len(tok.fold), 12)}", f"c:{tok.cls}"]
    feats.extend(word[j : j + n] for n in (2, 3, 4) for j in range(len(word) - n + 1))
    shape = "A" if tok.allcaps else ("C" if tok.cap else "l")
    feats.append(f"s:{shape}{int(tok.sent_start)}{int(i == 0)}")
    if possessive(tok):
        feats.append("poss")
    prev, nxt = prev_tok(toks, i), next_tok(toks, i)
    if prev is None:
        feats.append(f"p:^{tok.gap_before}")
    else:
        feats += [f"p:{prev.base}", f"pc:{prev.cls}{int(prev.is_name)}", f"pg:{tok.gap_before}"]
        before = prev_tok(toks, i - 1)
        feats.append(f"pp:{before.base if before is not None else '^'} {prev.base}")
        feats.append(f"ppc:{before.cls if before is not None else '^'} {prev.base}")
    if nxt is None:
        feats.append("n:$")
    else:
        feats += [f"n:{nxt.base}", f"nc:{nxt.cls}{int(nxt.is_name)}", f"ns:{shape}{nxt.base}"]
        after = next_tok(toks, i + 1)
        feats.append(f"nn:{nxt.base} {after.base if after is not None else '$'}")
        feats.append(f"nnc:{nxt.base} {after.cls if after is not None else '$'}")
    return feats


def decide(toks: list[Tok]) -> None:
    """Mark the undecided candidate words the model takes for names."""
    model = None
    for i, tok in enumerate(toks):
        if tok.cls not in CANDIDATES or tok.is_name or not candidate(toks, i):
            continue
        if model is None:
            model = shared()
            if model is None:
                return
        if model.score(features(toks, i)) > model.threshold:
            toks[i].is_name = True


def candidate(toks: list[Tok], i: int) -> bool:
    """Is toks[i] a word the model decides? (The training script asks the same.)"""
    tok = toks[i]
    if tok.is_name or tok.cls not in CANDIDATES or len(tok.base) < 3:
        return False
    if tok.cls == "compound" and not _beside_name(toks, i):
        return False  # "upsold", "handover": two English words are jargon more often
    # "team Kestrel" names a team (names.py decides it).
    return not (i > 0 and toks[i - 1].base in TEAM_WORDS and tok.gap_before == "space")


def _beside_name(toks: list[Tok], i: int) -> bool:
    prev, nxt = prev_tok(toks, i), next_tok(toks, i)
    return (prev is not None and prev.is_name and toks[i].gap_before == "space") or (
        nxt is not None and nxt.is_name
    )
