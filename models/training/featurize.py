"""Field model features: the Python side of models/FEATURES.md (the browser has the TS side)."""
import math
import re
import unicodedata

FEATURE_VERSION = 1
SLOTS = 14
VOCAB = 32768

_WS = "[ \\t\\n\\u00a0\\u202f]"
_PCT = re.compile(r"^[-+]?[0-9]+([.,][0-9]+)?" + _WS + r"?%$")
_AMOUNT_GROUPED = re.compile(
    r"^[-+(]?[^0-9 \t\n\u00a0\u202f]{0,3}[0-9]{1,3}([.,' \u00a0\u202f][0-9]{3})*([.,][0-9]{2})[^0-9]{0,3}$"
)
_AMOUNT_PLAIN = re.compile(r"^[-+(]?[^0-9 \t\n\u00a0\u202f]{0,3}[0-9]+[.,][0-9]{2}[^0-9]{0,3}$")
_DATE = re.compile(r"^[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4}$")
_INT = re.compile(r"^[0-9]+$")


def _is_upper(c: str) -> bool:
    return c.lower() != c


def _is_lower(c: str) -> bool:
    return c.upper() != c


def norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()[:24]


def shape(text: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKC", text):
        if "0" <= c <= "9":
            out.append("0")
        elif _is_upper(c):
            out.append("A")
        elif _is_lower(c):
            out.append("a")
        else:
            out.append(c)
    cut = []
    for c in out:
        if len(cut) >= 2 and cut[-1] == c and cut[-2] == c:
            continue
        cut.append(c)
    return "".join(cut)[:16]


def digits(text: str) -> str:
    return re.sub("[0-9]", "0", norm(text))


def numclass(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    if _PCT.match(t):
        return "pct"
    if _AMOUNT_GROUPED.match(t) or _AMOUNT_PLAIN.match(t):
        return "amount"
    if _DATE.match(t):
        return "date"
    if _INT.match(t):
        return "int"
    has_digit = any("0" <= c <= "9" for c in t)
    has_letter = any(_is_upper(c) or _is_lower(c) for c in t)
    if has_digit and has_letter:
        return "code"
    if has_letter:
        return "alpha"
    return "other"


def trigrams(text: str) -> list:
    padded = "^" + norm(text) + "$"
    grams = [padded[i : i + 3] for i in range(len(padded) - 2)] or [padded]
    picks = [grams[0], grams[1] if len(grams) > 1 else "", grams[-2] if len(grams) > 2 else "", grams[-1] if len(grams) > 1 else ""]
    return picks


def fnv1a32(data: bytes) -> int:
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def hashed(slot: int, value: str) -> int:
    return fnv1a32(f"{slot}:{value}".encode("utf-8")) % VOCAB


def quantise(v: float) -> int:
    # Python round() is banker's rounding; floor(x + 0.5) matches the browser.
    return min(1000, max(0, math.floor(v * 1000 + 0.5)))


def featurize(words: list) -> dict:
    """words: [{text, x0, y0, x1, y1, line}] in reading order → {ids: [[14]], boxes: [[4]]}."""
    ids, boxes = [], []
    position_in_line = {}
    for i, w in enumerate(words):
        text = w["text"]
        line = w["line"]
        prev_same = i > 0 and words[i - 1]["line"] == line
        next_same = i + 1 < len(words) and words[i + 1]["line"] == line
        index_in_line = position_in_line.get(line, 0)
        position_in_line[line] = index_in_line + 1
        n = norm(text)
        values = [
            n,
            shape(text),
            n[:3],
            n[-3:],
            digits(text),
            *trigrams(text),
            norm(words[i - 1]["text"]) if prev_same else "<bol>",
            norm(words[i + 1]["text"]) if next_same else "<eol>",
            numclass(text),
            str(min(len(unicodedata.normalize("NFKC", text)), 20)),
            str(min(index_in_line, 7)),
        ]
        ids.append([hashed(slot, value) for slot, value in enumerate(values)])
        boxes.append([quantise(w["x0"]), quantise(w["y0"]), quantise(w["x1"]), quantise(w["y1"])])
    return {"ids": ids, "boxes": boxes}


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(featurize(json.load(sys.stdin))))
