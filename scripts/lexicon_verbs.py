"""Convert the field's verb dictionaries into the coder's compact verb lexicon.

    python scripts/lexicon_verbs.py --source DIR --out flows/normalize/lexicon

``DIR`` is the folder of the event dictionaries (the PETRARCH2 English CAMEO verb dictionary under
``petrarch2/`` and the UniversalPetrarch Spanish verb patterns under ``universal_petrarch/spanish/``;
their own ``dictionaries.rst`` describes the format). Output, per language (``en``, ``es``):

- ``verbs_<lang>.tsv``: ``phrase  verb_index  group  code  reciprocal`` -- every verb of every synonym
  block in its base form (multi-word verbs with spaces; ``verb_index`` is the word that inflects), with
  the verb's own code or else its block's code;
- ``verb_forms_<lang>.tsv``: ``form  lemma`` -- the irregular forms the dictionary lists (``{SENT}``);
- ``verb_patterns_<lang>.tsv``: ``group  verbs  before  after  code  reciprocal`` -- the block's
  patterns, words before and after the verb (``&set`` a synonym set, ``a_b`` consecutive words,
  ``$`` source, ``+`` target, ``%`` compound subject, ``^`` skipped phrase), restricted to the verbs
  the pattern's comment names when it names some of the block's verbs;
- ``synsets_<lang>.tsv``: ``name  phrase``;
- ``lemmas_<lang>.tsv``: ``word  lemma`` -- simplemma's lemma of every word of the files above, so the
  coder need not lemmatize thousands of entries when it loads a language (the table is simplemma's
  answer: it is valid for the simplemma version that built it, and a rebuild with another shows).

Codes: ``[A:B]`` is A for source -> target and B for the reverse event; ``[---]`` is "no event" and is
kept, because such a pattern stops the verb's default code. A code missing from the project's CAMEO
table is read with the leading zero the Spanish file often drops (``332`` -> ``0332``), else mapped to
its nearest parent in the table (``1214`` -> ``121``); a code with no parent there is dropped with its
pattern. A later duplicate of a pattern replaces the earlier one, as in PETRARCH's pattern trie.
Words are folded (lower case, no accents); the coder applies its own irregular forms and corrections
before the lemma table, as it does to sentences. Output is sorted or in file order, so a rebuild is
byte-identical.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVENT_TYPES = ROOT / "flows" / "reference" / "event_types.csv"
SOURCES = {"en": Path("petrarch2") / "CAMEO.2.0.txt",
           "es": Path("universal_petrarch") / "spanish" / "verbpatterns_es_190128.txt"}
NO_EVENT = "---"
MARKERS = {"$", "+", "%", "^"}
_CODE = re.compile(r"\[([^\]\[]*?)\]\s*$")
_HEADER = re.compile(r"^---\s*(\S+)\s*(?:\[([^\]]*)\])?")


@dataclass
class Block:
    name: str
    code: str
    recip: str
    verbs: list[tuple[str, int, str, str]]  # (phrase, verb index, code, reciprocal)
    forms: list[tuple[str, str, int]]  # (irregular form phrase, base phrase, verb index)
    bases: set[str]  # verb words as comments name them ("SEND", "ASK_FOR")


def fold(text: str) -> str:
    """Lower case without accents (the coder folds sentences the same way)."""
    out = []
    for c in text:
        base = unicodedata.normalize("NFD", c)[0].lower()
        out.append(base if len(base) == 1 else c)
    return "".join(out)


def known_codes(path: Path = EVENT_TYPES) -> set[str]:
    with open(path, newline="", encoding="utf-8") as f:
        return {row["cameo_code"] for row in csv.DictReader(f)}


def map_code(raw: str, codes: set[str]) -> str | None:
    """One code of the dictionary in the project's table; NO_EVENT for a null code; None if unknown."""
    raw = re.sub(r"[^0-9-]", "", raw)
    if not raw or set(raw) == {"-"}:
        return NO_EVENT
    if raw in codes:
        return raw
    if "0" + raw in codes:
        return "0" + raw
    while len(raw) > 2:
        raw = raw[:-1]
        if raw in codes:
            return raw
    return None


def split_code(field: str, codes: set[str]) -> tuple[str, str] | None:
    """``072:086`` -> ("072", "086"); ``:173`` -> (NO_EVENT, "173"); None when the primary is unknown."""
    primary, _, recip = field.partition(":")
    code = map_code(primary, codes) if primary.strip() else NO_EVENT
    back = map_code(recip, codes) if recip.strip() else NO_EVENT
    if code is None:
        return None
    return code, back or NO_EVENT


def strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", fold(text)) if w]


def parse_verb_line(body: str, codes: set[str]) -> tuple[list[tuple[str, int]], tuple[str, str] | None] | None:
    """``+ASK_FOR {+ASKED_FOR ...} [020]`` -> ([("ask for", 0), ("asked for", 0), ...], code)."""
    body = re.sub(r"\[([^\]]*[A-Za-z][^\]]*)\]", r"{\1}", body)  # Spanish lists forms in [...] too
    code = None
    m = _CODE.search(body)
    if m:
        code = split_code(m.group(1), codes)
        body = body[:m.start()]
    forms_text = ""
    if "{" in body:
        body, _, forms_text = body.partition("{")
        forms_text = forms_text.split("}")[0]
    head = body.strip().replace(" ", "_")
    if not head or not re.match(r"^\+?[\w'+-]", head):
        return None
    phrases = [_phrase(head)] + [_phrase(f) for f in re.split(r"[\s,]+", forms_text) if f.strip(",")]
    return [p for p in phrases if p[0]], code


def _phrase(raw: str) -> tuple[str, int]:
    """``WIRE_+TAP`` -> ("wire tap", 1): the words and the index of the word that inflects."""
    parts = [p for p in raw.strip("_").split("_") if p]
    index = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    words = [fold(p.strip("+")) for p in parts]
    return " ".join(w for w in words if w), index


def parse_pattern(body: str) -> tuple[list[str], list[str]] | None:
    """Words before and after ``*``; None when the pattern has no single verb position."""
    text = body.strip().lstrip("-").replace("(", " ").replace(")", " ").replace("*", " * ")
    elements: list[str] = []
    for token in re.findall(r"\{[^}]*\}|\S+", text):
        if token.startswith("{"):
            parts = [_element(p) for p in token.strip("{}").split()]
            elements.append("_".join(p for p in parts if p))
        else:
            elements.append(token if token in MARKERS or token == "*" else _element(token))
    elements = [e for e in elements if e]
    if elements.count("*") != 1:
        return None
    star = elements.index("*")
    return elements[:star], elements[star + 1:]


def _element(token: str) -> str:
    token = token.strip("_,;")
    if token.startswith("&"):
        return "&" + fold(token[1:]).strip("_")
    return "_".join(_words(token))


def _comment_verbs(comment: str, bases: set[str]) -> list[str]:
    named = re.findall(r"[A-Z][A-Z_'-]+", comment.split("<")[0])
    return sorted({n for n in named if n in bases})


def _base_name(phrase_raw: str) -> str:
    return phrase_raw.strip().split("{")[0].split("[")[0].strip().replace("+", "").replace(" ", "_")


def parse_dictionary(path: Path, codes: set[str]) -> tuple[dict[str, list[str]], list[Block], list[list[str]], int]:
    """Synsets, verb blocks, patterns (rows of the output file) and the number of lines skipped."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    patterns: dict[tuple, list[str]] = {}
    section, current_set, skipped = "", None, 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.replace("\u03a9", "").rstrip()
        if line.startswith("#######"):
            section = "verbs" if "VERB" in line else "sets" if "SYNONYM" in line else "other"
            continue
        body, comment = strip_comment(line)
        if not body.strip() or section == "other":
            continue
        if section == "sets":
            current_set = _read_set_line(body, synsets, current_set)
            continue
        if body.startswith("---"):
            header = _HEADER.match(body.strip())
            code = split_code(header.group(2) or NO_EVENT, codes) if header else None
            blocks.append(Block(header.group(1) if header else "?", *(code or (NO_EVENT, NO_EVENT)), [], [], set()))
            continue
        if not blocks:
            skipped += 1
            continue
        block = blocks[-1]
        if "*" in body and _CODE.search(body):
            if not _add_pattern(body, comment, block, codes, patterns):
                skipped += 1
        elif body.lstrip().startswith("-"):
            skipped += 1  # a pattern without a code or a verb position
        elif not _add_verb(body, block, codes):
            skipped += 1
    return synsets, blocks, list(patterns.values()), skipped


def _read_set_line(body: str, synsets: dict[str, list[str]], current: str | None) -> str | None:
    text = body.strip()
    if text.startswith("&"):
        name = fold(text[1:].split()[0]).strip("_")
        synsets.setdefault(name, [])
        return name
    if text.startswith("+") and current is not None:
        phrase = " ".join(_words(text[1:]))
        if phrase and phrase not in synsets[current]:
            synsets[current].append(phrase)
    return current


def _add_verb(body: str, block: Block, codes: set[str]) -> bool:
    parsed = parse_verb_line(body, codes)
    if parsed is None or "&" in body:
        return False
    phrases, code = parsed
    own, recip = code if code else (block.code, block.recip)
    block.bases.add(_base_name(body).upper())
    base, index = phrases[0]
    block.verbs.append((base, index, own, recip))
    block.forms.extend((form, base, index) for form, _ in phrases[1:])
    return True


def _add_pattern(body: str, comment: str, block: Block, codes: set[str], patterns: dict[tuple, list[str]]) -> bool:
    m = _CODE.search(body)
    code = split_code(m.group(1), codes)
    parsed = parse_pattern(body[:m.start()])
    if code is None or parsed is None:
        return False
    before, after = parsed
    verbs = ",".join(v.lower().replace("_", " ") for v in _comment_verbs(comment, block.bases))
    key = (block.name, verbs, " ".join(before), " ".join(after))
    patterns.pop(key, None)  # a later duplicate replaces the earlier one
    patterns[key] = [*key, *code]
    return True


def verb_rows(blocks: list[Block]) -> tuple[list[list[str]], list[list[str]]]:
    """(verbs rows, irregular form rows); forms map each inflected word to its base word."""
    verbs, forms = [], set()
    for block in blocks:
        verbs += [[phrase, str(index), block.name, code, recip] for phrase, index, code, recip in block.verbs]
        for form, base, index in block.forms:
            form_words, base_words = form.split(), base.split()
            if len(form_words) == len(base_words) and len(form_words[index]) > 2 \
                    and form_words[index] != base_words[index]:
                forms.add((form_words[index], base_words[index]))
    return verbs, [list(f) for f in sorted(forms)]


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


def lemma_rows(lang: str, verbs: list[list[str]], patterns: list[list[str]],
               synsets: dict[str, list[str]]) -> list[list[str]]:
    """``word  lemma`` for every word the coder lemmatizes when it loads the verb lexicon, sorted."""
    if str(ROOT) not in sys.path:  # run as a script from anywhere
        sys.path.insert(0, str(ROOT))
    from flows.normalize.tokens import lemmatizer_lemma

    texts = [row[0] for row in verbs] + [" ".join(row[1:4]) for row in patterns]
    texts += [p for phrases in synsets.values() for p in phrases]
    return [[w, lemmatizer_lemma(w, lang)] for w in sorted(words_in(texts))]


def words_in(texts: list[str]) -> set[str]:
    """The words the coder lemmatizes in lexicon texts: split at spaces, "_", "/" and commas; markers and
    ``&sets`` left out."""
    return {w for text in texts for w in re.split(r"[\s_/,]+", text.lower()) if w[:1].isalpha()}


def build(source: Path, out: Path) -> dict[str, dict[str, int]]:
    """Write the verb lexicon of both languages into ``out``; returns counts for the log."""
    codes, summary = known_codes(), {}
    out.mkdir(parents=True, exist_ok=True)
    for lang, rel in SOURCES.items():
        synsets, blocks, patterns, skipped = parse_dictionary(source / rel, codes)
        verbs, forms = verb_rows(blocks)
        write_tsv(out / f"verbs_{lang}.tsv", ["phrase", "verb_index", "group", "code", "reciprocal"], verbs)
        write_tsv(out / f"verb_forms_{lang}.tsv", ["form", "lemma"], forms)
        write_tsv(out / f"verb_patterns_{lang}.tsv", ["group", "verbs", "before", "after", "code", "reciprocal"],
                  patterns)
        write_tsv(out / f"synsets_{lang}.tsv", ["name", "phrase"],
                  [[name, p] for name in sorted(synsets) for p in synsets[name]])
        write_tsv(out / f"lemmas_{lang}.tsv", ["word", "lemma"], lemma_rows(lang, verbs, patterns, synsets))
        summary[lang] = {"groups": len(blocks), "verbs": len(verbs), "forms": len(forms),
                         "patterns": len(patterns), "synsets": len(synsets), "skipped_lines": skipped}
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", required=True, type=Path, help="folder of the event dictionaries")
    parser.add_argument("--out", required=True, type=Path, help="folder for the generated lexicon files")
    args = parser.parse_args(argv)
    missing = [str(args.source / rel) for rel in SOURCES.values() if not (args.source / rel).is_file()]
    if missing:
        print(f"lexicon_verbs: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    for lang, counts in build(args.source, args.out).items():
        print(f"{lang}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
