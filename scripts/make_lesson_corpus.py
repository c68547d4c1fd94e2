#!/usr/bin/env python3
"""Writes the corpus of hostile lesson files that LessonCorpusTest reads.

Each case is a file in src/test/resources/org/rnngradientlab/fuzz/lessons/ and a line of expected.tsv:
the file name, a tab, and a fragment the one-line message must contain ("OK" when the lesson is valid).
Cases that need the file system (pipes, devices, links, folders) or are large (over 1 MB) are made by
the tests themselves.

    python3 scripts/make_lesson_corpus.py
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/org/rnngradientlab/fuzz/lessons"

PARAMS = {"hidden": 3, "steps": 20, "seed": 3, "scale": 0.5, "init": "randn", "scaleMode": "raw",
          "mode": "matmul", "batch": 2, "inputScale": 1.0, "maxNorm": 5.0}


def lesson(**changes):
    root = {"format": "rnn-gradient-lab-lesson", "version": 1, "params": dict(PARAMS), "pins": [],
            "overlays": {"asymptote": True, "clipping": False, "float64Limits": True, "pins": True},
            "language": "en"}
    for key, value in changes.items():
        if key.startswith("params_"):
            root["params"][key[len("params_"):]] = value
        else:
            root[key] = value
    return json.dumps(root, indent=2, ensure_ascii=False)


def raw_param(name, text):
    """A lesson whose params.<name> is the literal JSON text given (which json.dumps could not write)."""
    marker = "__RAW__"
    return lesson(**{"params_" + name: marker}).replace('"' + marker + '"', text)


GOOD = lesson()
CASES = [
    ("good.json", GOOD.encode(), "OK"),
    ("bom.json", b"\xef\xbb\xbf" + GOOD.encode(), "OK"),
    ("version-2-pow-64-plus-1.json", GOOD.replace('"version": 1', '"version": 18446744073709551617').encode(),
     '"version" holds a number out of range, 18446744073709551617'),
    ("version-2-pow-53.json", GOOD.replace('"version": 1', '"version": 9007199254740992').encode(),
     '"version" holds a number out of range'),
    ("seed-100-digits.json", raw_param("seed", "9" * 100).encode(),
     '"params.seed" holds a number out of range, ' + "9" * 60 + "…"),
    ("scale-1e309.json", raw_param("scale", "1e309").encode(), '"params.scale" holds a number out of range'),
    ("scale-2000-digits.json", raw_param("scale", "0." + "1" * 2000).encode(), '"params.scale" is not allowed: a number of more than 1000 characters'),
    ("duplicate-top.json", GOOD.replace('"language": "en"', '"language": "en", "language": "ko"').encode(),
     '"language" is given twice'),
    ("duplicate-pin-field.json",
     GOOD.replace('"pins": []', '"pins": [' + json.dumps(PARAMS)[:-1] + ', "seed": 4}]').encode(),
     '"pins[0].seed" is given twice'),
    ("mode-100000-chars.json", lesson(params_mode="x" * 100_000).encode(), '"params.mode" is not allowed: a text of more than 10000 characters'),
    ("mode-5000-chars.json", lesson(params_mode="x" * 5000).encode(), 'got "' + "x" * 60 + "…"),
    ("mode-newline.json", lesson(params_mode="tanh\nrm -rf /").encode(), 'got "tanh\\nrm -rf /"'),
    ("hidden-arabic-indic.json", lesson(params_hidden="٣").encode(), 'got "٣"'),
    ("mode-bidi-override.json", lesson(params_mode="\u202etanh").encode(), "\\u202E"),
    ("trailing-text.json", (GOOD + " {}").encode(), "more text after"),
    ("empty.json", b"", "empty"),
    ("only-bom.json", b"\xef\xbb\xbf", "empty"),
    ("deep.json", b"[" * 100 + b"]" * 100, "nested more than 16 deep"),
    ("latin1.json", lesson(language="\u00e9").encode("latin-1"), "not text (UTF-8)"),
    ("utf16.json", GOOD.encode("utf-16"), "not text (UTF-8)"),
    ("nul-bytes.json", b"\0" * 64, "not valid JSON"),
    ("truncated.json", GOOD[: len(GOOD) // 2].encode(), "not valid JSON"),
    ("nan.json", raw_param("scale", "NaN").encode(), "not valid JSON"),
    ("negative-zero-batch.json", raw_param("batch", "-0").encode(), '"params.batch" must be'),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    lines = []
    for name, content, expected in CASES:
        (OUT / name).write_bytes(content)
        lines.append(name + "\t" + expected)
    (OUT / "expected.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
