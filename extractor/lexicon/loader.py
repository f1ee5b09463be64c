"""The word lists the entity stages read, loaded from ``extractor/lexicon/data`` into one
:class:`Lexicons` object that the pipeline holds and hands to every reader (no reader fetches
a list by itself).

Every entry is stored in normalized form (see :mod:`extractor.text.normalize`), so ``Đảng uỷ``
in a text and ``Đảng ủy`` in a list are the same.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

from ..text.normalize import canonical
from ..text.syllables import first_word_lengths
from .dictionary import WordDictionary
from .keys import PhraseKeys


def data_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a data file shipped in the package."""
    text = resources.files("extractor.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _word_set(name: str) -> frozenset[str]:
    return frozenset(canonical(line.strip()) for line in data_lines(name))


@dataclass(frozen=True, slots=True)
class OrgHead:
    words: tuple[str, ...]
    kind: str
    standalone: bool
    national: bool  # names one body and never takes a locality from a neighbour
    expansion: str | None
    needs_place: bool = False  # names a body only with a locality or region after it (unit_heads.tsv)
    needs_name: bool = False  # names a company only capitalized and with its own name after it (line_heads.tsv)


Phrases = frozenset[tuple[str, ...]]

# The lists the NER's token features read (and the segmenter's fixed phrases): a model trained
# with other lists reads its features differently, so its meta.json records their fingerprint.
# A doctor's or pharmacist's specialist grade (chuyên khoa cấp I, II), written apart after
# "Bác sĩ" ("Bác sĩ CKII Nguyễn Văn An") or joined on ("BSCK1", "DSCKII"), longest first.
SPECIALIST_GRADES = ("CKII", "CKI", "CK2", "CK1")
_GRADE_ENDS = frozenset(g[-1] for g in SPECIALIST_GRADES)

FEATURE_LISTS = ("org_heads", "titles", "admin_units", "places", "countries", "honorifics", "surnames", "localities")


@dataclass(frozen=True, eq=False)
class Lexicons:
    titles: Phrases
    title_prefixes: Phrases
    org_heads: dict[tuple[str, ...], OrgHead]
    admin_units: Phrases
    surnames: frozenset[str]
    korean_surnames: frozenset[str]  # romanized, read by the institution rules only
    honorifics: Phrases
    abbreviations: dict[str, str]
    places: Phrases
    name_modifiers: Phrases
    title_units: dict[str, str]
    legal_forms: Phrases
    countries: Phrases
    place_words: Phrases
    verbs: frozenset[str]  # lower-case verbs never seen inside a name (built from VLSP 2018)
    # lower-case words of two syllables, the second a verb alone, seldom tagged verbs (built from VLSP 2018)
    nominal_words: frozenset[str]
    after_org_words: frozenset[str]  # words that open what follows a name (built from VLSP 2018)
    clause_verbs: frozenset[str]  # verbs that open the predicate after a name (clause_verbs.txt)
    not_institutions: tuple[tuple[str, ...], ...]  # lower-case openings of places, projects, documents
    ethnic_groups: Phrases  # the names of Việt Nam's peoples (ethnic_groups.txt), matched whole
    # Appointment wording (links.tsv), lower case: name -> title, title -> name, and adverbs
    title_links: Phrases = frozenset()
    name_links: Phrases = frozenset()
    link_adverbs: Phrases = frozenset()
    # "đến nhận công tác tại <body>," before the post taken there (links.tsv: posted_to)
    posting_links: Phrases = frozenset()
    # "chỉ định tham gia <boards> và" before the post taken (links.tsv: joins)
    joining_links: Phrases = frozenset()
    # "bổ nhiệm <post> cho ông A": the wording before a post a decision gives (links.tsv: gives)
    giving_links: Phrases = frozenset()
    # Lower-case posts read as a title only right after a name (apposition_titles.txt), lower case
    apposition_titles: Phrases = frozenset()
    # Titles read by the rules only, not among the NER's features (rule_titles.txt), so that
    # adding one needs no new model
    rule_titles: Phrases = frozenset()
    # Family names read by the rules only, not among the NER's features (rule_surnames.txt)
    rule_surnames: frozenset[str] = frozenset()
    # Names of provinces, districts, wards and communes (localities.txt, from the statistics office's list)
    localities: Phrases = frozenset()
    # The places of one syllable, each with its unit word in lower case (one_syllable_localities.txt:
    # ("Hồ", "phường"), ("Phùng", "thị trấn"))
    one_syllable_localities: frozenset[tuple[str, str]] = frozenset()
    # Bodies joining two bodies' heads in one name ("HĐND và UBND"; joint_bodies.txt)
    joint_bodies: Phrases = frozenset()
    # Parts of names ending in a family-name syllable ("Trung ương Đoàn"; bound_names.txt)
    bound_names: Phrases = frozenset()
    # Fields a state body names after its head, lower case, in every spelling of their
    # separators ("lao động , thương binh và xã hội"; state_fields.txt)
    state_fields: Phrases = frozenset()
    # Bodies whose field is written in lower case after their head, head included ("Ban bầu cử
    # đại biểu Quốc hội"; lower_case_names.txt): read whole only after that head
    lower_case_names: Phrases = frozenset()
    # Words finishing an English-style title before its body ("Giám đốc Quốc gia"; title_qualifiers.txt)
    title_qualifiers: Phrases = frozenset()
    # A company officer's line of work after a title that heads no unit ("Giám đốc | Tài chính"; officer_lines.txt)
    officer_lines: Phrases = frozenset()
    # Heads that name a body only with a place after them ("Thuế tỉnh Nghệ An"; unit_heads.tsv)
    # or a company's own name ("Chứng khoán SSI"; line_heads.tsv), and other heads read by the
    # rules only ("Trung ương Đoàn", "Đội"; rule_heads.tsv): not among the NER's features
    unit_heads: dict[tuple[str, ...], OrgHead] = field(default_factory=dict)
    dictionary: WordDictionary = field(default_factory=lambda: WordDictionary(frozenset()))
    # lengths_by_first_word's index per phrase table, keyed by the table's id (kept alive here)
    _lengths: dict[int, tuple[object, dict[str, tuple[int, ...]]]] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def load(cls, *, dictionary: WordDictionary | None = None) -> Lexicons:
        """The shipped lists, and underthesea's dictionary (loaded here unless given)."""
        heads = _heads("org_heads.tsv")
        unit_heads: dict[tuple[str, ...], OrgHead] = {}
        for name, needs_name in (("unit_heads.tsv", False), ("line_heads.tsv", True)):
            for line in data_lines(name):
                head, kind, *rest = line.split("\t")
                words = tuple(canonical(head).split())
                expansion = canonical(rest[0]) if rest and rest[0] else None
                unit_heads[words] = OrgHead(
                    words, kind, False, False, expansion, needs_place=not needs_name, needs_name=needs_name
                )
        unit_heads.update(_heads("rule_heads.tsv"))
        abbreviations = load_abbreviations()
        links: dict[str, set[tuple[str, ...]]] = {
            "to_title": set(),
            "to_name": set(),
            "adverb": set(),
            "posted_to": set(),
            "joins": set(),
            "gives": set(),
        }
        for line in data_lines("links.tsv"):
            phrase, kind = line.split("\t")
            links[kind].add(tuple(canonical(phrase).lower().split()))
        return cls(
            titles=_phrases("titles.txt"),
            rule_titles=_phrases("rule_titles.txt"),
            rule_surnames=_word_set("rule_surnames.txt"),
            title_prefixes=_phrases("title_prefixes.txt"),
            org_heads=heads,
            admin_units=_phrases("admin_units.txt"),
            surnames=_word_set("surnames.txt"),
            korean_surnames=_word_set("korean_surnames.txt"),
            honorifics=_phrases("honorifics.txt"),
            abbreviations=abbreviations,
            places=_phrases("places.txt"),
            name_modifiers=_phrases("name_modifiers.txt"),
            legal_forms=_phrases("legal_forms.txt"),
            countries=_phrases("countries.txt"),
            place_words=_phrases("place_words.txt"),
            verbs=frozenset(canonical(line.strip()) for line in data_lines("verbs.txt")),
            nominal_words=frozenset(canonical(line.strip()) for line in data_lines("nominal_words.txt")),
            title_units={
                canonical(t): canonical(h) for t, h in (line.split("\t") for line in data_lines("title_units.tsv"))
            },
            after_org_words=frozenset(line.strip() for line in data_lines("after_org_words.txt")),
            clause_verbs=frozenset(canonical(line.strip()) for line in data_lines("clause_verbs.txt")),
            not_institutions=tuple(tuple(line.split()) for line in data_lines("not_institutions.txt")),
            ethnic_groups=_phrases("ethnic_groups.txt"),
            title_links=frozenset(links["to_title"]),
            name_links=frozenset(links["to_name"]),
            link_adverbs=frozenset(links["adverb"]),
            posting_links=frozenset(links["posted_to"]),
            joining_links=frozenset(links["joins"]),
            giving_links=frozenset(links["gives"]),
            localities=_phrases("localities.txt"),
            one_syllable_localities=frozenset(
                (canonical(name), canonical(unit))
                for name, unit in (line.split("\t") for line in data_lines("one_syllable_localities.txt"))
            ),
            joint_bodies=_phrases("joint_bodies.txt"),
            bound_names=_phrases("bound_names.txt"),
            state_fields=frozenset(v for line in data_lines("state_fields.txt") for v in _separator_spellings(line)),
            lower_case_names=frozenset(tuple(w.lower() for w in p) for p in _phrases("lower_case_names.txt")),
            title_qualifiers=_phrases("title_qualifiers.txt"),
            officer_lines=_phrases("officer_lines.txt"),
            unit_heads=unit_heads,
            apposition_titles=frozenset(
                tuple(p.lower() for p in phrase) for phrase in _phrases("apposition_titles.txt")
            ),
            dictionary=dictionary if dictionary is not None else WordDictionary.load(),
        )

    def is_honorific(self, word: str) -> bool:
        """An honorific, rank or degree; degrees joined by dots or a dash count too ("PGS.TS.BS",
        "PGS-TS")."""
        if (word,) in self.honorifics or (word.lower(),) in self.honorifics:
            return True
        if word[-1:] in _GRADE_ENDS:
            grade = next((g for g in SPECIALIST_GRADES if word.endswith(g) and len(word) > len(g)), None)
            if grade is not None and self.is_honorific(word[: -len(grade)].rstrip(".")):
                return True  # "BSCK1", "DSCKII": a doctor's or pharmacist's specialist grade joined on
        parts = [p for p in _JOINED_DEGREES.split(word) if p]  # "PGS." too; a bare "-" is none
        return bool(parts) and parts != [word] and all((p,) in self.honorifics for p in parts)

    @cached_property
    def qualifiers_with_officer_lines(self) -> Phrases:
        """The title qualifiers and a company officer's lines of work, read after a title that
        heads no unit of its own."""
        return self.title_qualifiers | self.officer_lines

    @cached_property
    def appointing_verbs(self) -> frozenset[str]:
        """The two-syllable verbs of the passive appointment links ("điều động", "chỉ định" of
        "được điều động", "được chỉ định giữ chức"): after a body's name they begin the
        predicate ("Ban Thường vụ Thành ủy | điều động, chỉ định …"), never the name's tail."""
        return frozenset(" ".join(p[1:3]) for p in self.title_links if p[0] == "được" and len(p) >= 3)

    @cached_property
    def unit_heads_titled(self) -> frozenset[str]:
        """The heads of the units titles head (title_units.tsv's values: "Bộ", "Cục", "Sở" …)."""
        return frozenset(self.title_units.values())

    @cached_property
    def titles_lower(self) -> Phrases:
        """Every title the rules read, in lower case: titles.txt's and rule_titles.txt's."""
        return frozenset(tuple(w.lower() for w in p) for p in self.titles | self.rule_titles)

    @cached_property
    def family_names(self) -> frozenset[str]:
        """Every family name the rules read: surnames.txt's (the NER's feature) and rule_surnames.txt's."""
        return self.surnames | self.rule_surnames

    @cached_property
    def feature_titles_lower(self) -> Phrases:
        """The titles the NER's features read (titles.txt's alone), in lower case."""
        return frozenset(tuple(w.lower() for w in p) for p in self.titles)

    @cached_property
    def honorifics_lower(self) -> Phrases:
        return frozenset(tuple(w.lower() for w in p) for p in self.honorifics)

    @cached_property
    def folded_heads(self) -> dict[tuple[str, ...], OrgHead]:
        """Heads by their first word as written and the rest in lower case ("Ban Bí Thư"), those
        that need a place after them included."""
        table: dict[tuple[str, ...], OrgHead] = {}
        for words, head in (*self.org_heads.items(), *self.unit_heads.items()):
            table.setdefault((words[0], *(w.lower() for w in words[1:])), head)
        return table

    @cached_property
    def longer_heads_first_words(self) -> frozenset[str]:
        """The first words, in lower case, of the heads of two words or more (org_heads.tsv,
        unit_heads.tsv, rule_heads.tsv): "đồn" of "Đồn Biên phòng"."""
        tables = (self.org_heads, self.unit_heads)
        return frozenset(words[0].lower() for table in tables for words in table if len(words) > 1)

    @cached_property
    def heads_lower(self) -> dict[tuple[str, ...], OrgHead]:
        """Heads by their words all in lower case ("đoàn đại biểu quốc hội"), the first listed
        on a clash."""
        table: dict[tuple[str, ...], OrgHead] = {}
        for words, head in self.org_heads.items():
            table.setdefault(tuple(w.lower() for w in words), head)
        return table

    @cached_property
    def fixed_phrases(self) -> Phrases:
        """Multi-syllable titles and heads, kept whole when segmenting ("Đảng ủy", "Ban Thường vụ")."""
        return frozenset(p for p in self.titles | frozenset(self.org_heads) if len(p) > 1)

    @cached_property
    def entity_openers(self) -> frozenset[str]:
        """Words that may begin a name at the start of a sentence: heads, places, surnames, titles."""
        words = {p[0] for p in self.org_heads} | {p[0] for p in self.places} | set(self.surnames)
        words |= {p[0][:1].upper() + p[0][1:] for p in self.feature_titles_lower}
        return frozenset(words)

    @cached_property
    def country_pattern(self) -> re.Pattern[str]:
        """Any country's name as a whole word, longest first."""
        names = sorted({" ".join(words) for words in self.countries}, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")

    @cached_property
    def keys(self) -> PhraseKeys:
        """The comparison form of names and phrases, with these abbreviations expanded."""
        return PhraseKeys(self.abbreviations)

    def lengths_by_first_word(self, phrases) -> dict[str, tuple[int, ...]]:
        """For a phrase table of these lexicons, the lengths of its phrases by their first
        word, longest first: a matcher then tries only the phrases that can start at a word.
        Built once per table and kept as long as these lexicons."""
        entry = self._lengths.get(id(phrases))
        if entry is None or entry[0] is not phrases:
            entry = (phrases, first_word_lengths(phrases))
            self._lengths[id(phrases)] = entry
        return entry[1]

    def feature_fingerprint(self) -> str:
        """A hash of the lists the NER's features read (:data:`FEATURE_LISTS`), as loaded: their
        phrases only. A head's kind or whether it stands alone is read by the rules, not by
        the features, so changing it needs no new model."""
        digest = hashlib.sha256()
        for name in FEATURE_LISTS:
            entries = sorted(" ".join(e) if isinstance(e, tuple) else e for e in getattr(self, name))
            digest.update(name.encode())
            digest.update("\n".join(entries).encode("utf-8"))
        return digest.hexdigest()[:16]


_JOINED_DEGREES = re.compile(r"[.\-–]")


def _heads(name: str) -> dict[tuple[str, ...], OrgHead]:
    """A list of heads in org_heads.tsv's columns: head, kind, standalone (yes, national, no),
    and the expansion when the head is an abbreviation."""
    heads: dict[tuple[str, ...], OrgHead] = {}
    for line in data_lines(name):
        head, kind, standalone, *rest = line.split("\t")
        words = tuple(canonical(head).split())
        expansion = canonical(rest[0]) if rest and rest[0] else None
        heads[words] = OrgHead(words, kind, standalone in ("yes", "national"), standalone == "national", expansion)
    return heads


def _phrases(name: str) -> Phrases:
    return frozenset(tuple(canonical(line.strip()).split()) for line in data_lines(name))


_SEPARATOR = re.compile(r"\s*([,\-–])\s*")


def _separator_spellings(phrase: str) -> list[tuple[str, ...]]:
    """A phrase's syllables, lower case, with each separator written as a comma, a spaced dash
    or en dash, or a dash glued to its neighbours (one syllable, "động-thương")."""
    parts = _SEPARATOR.split(canonical(phrase).lower())
    spellings: list[list[str]] = [parts[0].split()]
    for separator_at in range(1, len(parts), 2):
        following = parts[separator_at + 1].split()
        grown = []
        for words in spellings:
            grown += [[*words, mark, *following] for mark in (",", "-", "–")]
            grown.append([*words[:-1], f"{words[-1]}-{following[0]}", *following[1:]])
        spellings = grown
    return [tuple(words) for words in spellings]


def load_abbreviations() -> dict[str, str]:
    """The abbreviation table (``UBND`` → ``Ủy ban nhân dân``), in canonical spelling."""
    abbreviations = {}
    for line in data_lines("abbreviations.tsv"):
        short, long = line.split("\t")
        abbreviations[canonical(short)] = canonical(long)
    return abbreviations


@cache
def shipped_phrase_keys() -> PhraseKeys:
    """The guide's comparison forms under the shipped abbreviations, without loading the rest
    of the lexicons (for tools that only compare names: the registry)."""
    return PhraseKeys(load_abbreviations())
