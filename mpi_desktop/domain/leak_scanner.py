"""Leak scanner: finds identifying data in every string that goes into a CEM packet.

Pure code, documented in docs/ANONYMIZATION.md ("Leak scanner").  Two families:

* **the vault's own identifiers** for the people in the packet and their linked
  persons — names and their distinctive parts, common abbreviations and
  nicknames of given names, aliases, phones in any formatting, e-mails,
  handles, addresses, postal codes, document numbers, organisation/outlet
  names, folios, exact birth dates — matched accent-, case- and
  spacing-insensitively;
* **patterns** that identify anyone: CURP, RFC, INE/CIC, Mexican phone numbers,
  e-mail, URL, @handle, postal code in context ("C.P. 06000"), folios, and (in
  free text) exact dates.

Given names and surnames that are also ordinary Spanish words ("Paz", "Luz",
"Rosa", "Victoria", "Cruz"…), very short parts, abbreviations ("Ma.", "Fco.")
and nicknames are *weak* parts: they count only next to another part of the
same person's name ("Ma. José", "Luz Martínez"), after a title ("la señora
Paz") or capitalized where a common noun would not be (not after an article or
preposition, in text that is not all capitals).  Everything else is *strong*
and counts wherever it appears.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from mpi_desktop.domain.people import Person


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- vocabulary --------------------------------------------------------------------------

#: Name parts that are also frequent Spanish words: weak (see module docstring).
COMMON_WORD_NAMES = _wordset("""
paz luz rosa rosario victoria amparo soledad mar esperanza dolores consuelo pilar flor
gloria alegria fe cruz angeles estrella azucena violeta margarita jazmin perla paloma aurora
alba celeste concepcion asuncion trinidad piedad caridad merced mercedes remedios socorro
salud rocio nieves luna sol cielo reyes santos rosas flores campos rios montes leon lobo
vega prado rey rico blanco moreno bravo leal franco delgado calvo guerra pastor cordero
palacios iglesias mata real nieto rubio serrano duro cano bueno alegre amor milagros
refugio gracia gracias angel angeles salvador natividad encarnacion fuentes llanos
olivares olivo pinto manso cortes arenas castillo torres lago valle
""")

#: Particles inside compound names: never a part on their own.
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "das", "do", "dos",
                       "van", "von", "der", "di", "mc", "san", "santa"})

#: Words before a name that make the next word a name ("la señora Paz").
HONORIFICS = _wordset("""
sra sr senora senor srita senorita don dona dna lic licda licenciada licenciado dra dr
doctora doctor mtra mtro maestra maestro profa prof profesora profesor ing ingeniera
ingeniero periodista defensora defensor companera companero hermana hermano hija hijo
madre padre mama papa esposa esposo pareja alias apodada apodado llamada llamado tia tio
prima primo abuela abuelo sobrina sobrino c ciudadana ciudadano
""")

#: Words after which a capitalized common word is still a common noun ("la Paz").
DETERMINERS = _wordset("""
el la los las lo un una unos unas del al de en por para sin sobre entre hacia hasta
su sus mi mis tu tus nuestra nuestro nuestras nuestros esta este estas estos esa ese esas
esos aquella aquel aquellas aquellos cada toda todo todas todos mucha mucho muchas muchos
poca poco pocas pocos mas menos otra otro otras otros the an of
""")

#: Abbreviations and nicknames of given names (folded).  Weak parts.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "maria": ("ma", "mari", "mary"),
    "francisco": ("fco", "paco", "pancho", "frank"),
    "francisca": ("fca", "paca", "pancha"),
    "guadalupe": ("gpe", "lupe", "lupita"),
    "jose": ("pepe", "chepe", "jse"),
    "josefina": ("fina", "chepina", "pepita"),
    "jesus": ("jsus", "chuy", "chucho"),
    "concepcion": ("concha", "conchita", "conchis"),
    "dolores": ("lola", "lolita"),
    "ignacio": ("nacho",),
    "guillermo": ("memo",),
    "eduardo": ("lalo",),
    "alberto": ("beto",),
    "roberto": ("beto",),
    "antonio": ("tono", "toni", "ant"),
    "alejandro": ("alex", "alejo"),
    "alejandra": ("alex", "ale"),
    "rafael": ("rafa",),
    "enrique": ("kike", "quique"),
    "manuel": ("manolo",),
    "gabriela": ("gaby", "gabi"),
    "patricia": ("paty", "pati"),
    "veronica": ("vero",),
    "fernando": ("fer",),
    "fernanda": ("fer",),
    "rosario": ("chayo",),
    "refugio": ("cuca", "cuco"),
    "socorro": ("coco",),
    "margarita": ("mago",),
    "cristina": ("cris",),
    "cristian": ("cris",),
    "elizabeth": ("eli", "liz"),
    "isabel": ("chabela", "isa"),
    "leticia": ("lety", "leti"),
    "beatriz": ("bety",),
    "daniel": ("dani",),
    "daniela": ("dani",),
    "santiago": ("santi",),
    "sebastian": ("sebas",),
    "gerardo": ("gera",),
    "gustavo": ("tavo",),
    "salvador": ("chava",),
    "ricardo": ("richi",),
    "miguel": ("mike",),
}

#: Words an address is made of rather than what makes it unique.
_ADDRESS_GENERIC = {
    "c": "calle", "calle": "calle", "av": "avenida", "ave": "avenida", "avenida": "avenida",
    "col": "colonia", "colonia": "colonia", "no": "numero", "num": "numero",
    "numero": "numero", "n": "numero", "int": "interior", "interior": "interior",
    "ext": "exterior", "exterior": "exterior", "mz": "manzana", "manzana": "manzana",
    "lt": "lote", "lote": "lote", "edif": "edificio", "edificio": "edificio",
    "depto": "departamento", "dpto": "departamento", "departamento": "departamento",
    "piso": "piso", "cp": "cp", "codigo": "codigo", "postal": "postal",
    "fracc": "fraccionamiento", "fraccionamiento": "fraccionamiento", "barrio": "barrio",
    "pueblo": "pueblo", "u": "unidad", "unidad": "unidad", "hab": "habitacional",
    "habitacional": "habitacional", "priv": "privada", "privada": "privada",
    "cda": "cerrada", "cerrada": "cerrada", "and": "andador", "andador": "andador",
    "callejon": "callejon", "esq": "esquina", "esquina": "esquina", "entre": "entre",
    "alcaldia": "alcaldia", "delegacion": "alcaldia", "ciudad": "ciudad", "cdmx": "cdmx",
    "mexico": "mexico", "edo": "estado", "estado": "estado", "municipio": "municipio",
    "y": "y", "de": "de", "del": "del", "la": "la", "los": "los", "las": "las", "s": "s",
}

# --- kinds --------------------------------------------------------------------------------

#: Identifier kinds first: when spans overlap, the lower rank names the finding.
KINDS = (
    "document", "phone", "email", "handle", "birth_date", "folio", "address", "postal_code",
    "name", "alias", "organization",
    "curp", "rfc", "ine", "phone_pattern", "email_pattern", "url", "handle_pattern",
    "postal_code_pattern", "folio_pattern", "exact_date",
)
_RANK = {k: i for i, k in enumerate(KINDS)}
IDENTIFIER_KINDS = frozenset(KINDS[:11])


# --- text helpers ---------------------------------------------------------------------------


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold_char(c: str) -> str:
    return fold(c)


@dataclass(frozen=True)
class _Folded:
    """Folded text (lower case, no accents) with a map back to original offsets."""

    text: str
    origin: tuple[int, ...]  # origin[j] = index in the original of folded char j
    length: int

    @classmethod
    def of(cls, original: str) -> _Folded:
        chars: list[str] = []
        origin: list[int] = []
        for i, c in enumerate(original):
            f = c.lower() if c.isascii() else _fold_char(c)
            for fc in f:
                chars.append(fc)
                origin.append(i)
        return cls("".join(chars), tuple(origin), len(original))

    def span(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            return (0, 0)
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class _Compact:
    """Letters and digits only (folded, upper case), for numbers typed with spaces.

    ``soft[j]`` is False when the gap before char j held something other than
    spaces, dots, hyphens or slashes: a match may not span such a gap.
    """

    text: str
    origin: tuple[int, ...]
    soft: tuple[bool, ...]

    @classmethod
    def of(cls, folded: _Folded) -> _Compact:
        chars: list[str] = []
        origin: list[int] = []
        soft: list[bool] = []
        gap_soft = True
        for j, c in enumerate(folded.text):
            if c.isalnum():
                chars.append(c.upper())
                origin.append(folded.origin[j])
                soft.append(gap_soft)
                gap_soft = True
            elif c not in " \t\u00a0.-/":
                gap_soft = False
        return cls("".join(chars), tuple(origin), tuple(soft))

    def valid(self, start: int, end: int, original: str) -> bool:
        if any(not self.soft[j] for j in range(start + 1, end)):
            return False
        o_start, o_end = self.origin[start], self.origin[end - 1] + 1
        before = original[o_start - 1] if o_start > 0 else " "
        after = original[o_end] if o_end < len(original) else " "
        return not before.isalnum() and not after.isalnum()

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    raw: str
    folded: str


_WORD = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _WORD.finditer(text)]


def _words(text: str) -> list[str]:
    return [fold(m.group()) for m in _WORD.finditer(text)]


def _compact_key(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum()).upper()


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


# --- identifiers of the people in a packet ------------------------------------------------------


@dataclass(frozen=True)
class _Part:
    person_id: str
    kind: str  # name | alias | organization | address
    weak: bool


@dataclass
class Identifiers:
    """Everything the vault knows that would identify the people in a packet."""

    #: folded token → parts
    single: dict[str, list[_Part]] = field(default_factory=dict)
    #: first folded token → (phrase tokens, part)
    phrases: dict[str, list[tuple[tuple[str, ...], _Part]]] = field(default_factory=dict)
    #: compact (alnum, upper) value → (kind, person id); documents, handles, folios…
    compact: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: folded literal → (kind, person id); e-mails and URLs
    literals: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: national 10-digit numbers (and 8-digit local forms) → person id
    phones: dict[str, str] = field(default_factory=dict)
    postal_codes: dict[str, str] = field(default_factory=dict)
    birth_dates: dict[tuple[int, int, int], str] = field(default_factory=dict)

    @classmethod
    def build(cls, people: Iterable[Person], *, references: Iterable[str] = ()) -> Identifiers:
        ids = cls()
        for person in people:
            ids.add_person(person)
        for ref in references:
            ids.add_reference(ref)
        return ids

    # --- adding ---------------------------------------------------------------------------
    def _single(self, token: str, part: _Part) -> None:
        if len(token) < 2:
            return
        bucket = self.single.setdefault(token, [])
        if part not in bucket:
            bucket.append(part)

    def _phrase(self, words: list[str], part: _Part) -> None:
        words = [w for w in words if w]
        if not words:
            return
        if len(words) == 1:
            self._single(words[0], part)
            return
        entry = (tuple(words), part)
        bucket = self.phrases.setdefault(words[0], [])
        if entry not in bucket:
            bucket.append(entry)

    def _compact(self, value: str, kind: str, pid: str | None, minimum: int = 5) -> None:
        key = _compact_key(value)
        if len(key) >= minimum:
            self.compact.setdefault(key, (kind, pid))

    def add_person(self, p: Person) -> None:
        pid = p.id
        given = [w for w in _words(p.given_names) if w not in PARTICLES]
        surnames = [_words(s) for s in (p.first_surname, p.second_surname) if s.strip()]
        for w in given:
            self._single(w, _Part(pid, "name", _is_weak(w)))
            for nick in NICKNAMES.get(w, ()):
                self._single(nick, _Part(pid, "name", True))
        for words in surnames:
            core = [w for w in words if w not in PARTICLES]
            for w in core:
                self._single(w, _Part(pid, "name", _is_weak(w)))
            if len(words) > 1:
                self._phrase(words, _Part(pid, "name", False))
        every = given + [w for words in surnames for w in words if w not in PARTICLES]
        for a, b in itertools.pairwise(every):
            if len(a + b) >= 6:
                self._single(a + b, _Part(pid, "name", False))
        if len(every) > 2:
            self._single("".join(every), _Part(pid, "name", False))
        for alias in p.aliases:
            words = _words(alias)
            self._phrase(words, _Part(pid, "alias", False))
            core = [w for w in words if w not in PARTICLES]
            if core and core != words:
                self._phrase(core, _Part(pid, "alias", True))
            if len(words) > 1:
                self._compact(alias, "alias", pid, minimum=6)
        if p.organization.strip():
            words = _words(p.organization)
            # A one-word name ("Reforma") is a proper noun: it counts capitalized.
            self._phrase(words, _Part(pid, "organization", len(words) == 1))
            if len(words) > 1:  # "TierraViva", "Tierra-Viva"
                self._compact(p.organization, "organization", pid, minimum=6)
        for contact in p.contacts:
            self._add_contact(contact.kind, contact.value, pid)
        for doc in p.documents:
            self._compact(doc.number, "document", pid, minimum=5)
        if p.address.strip():
            self._add_address(p.address, pid)
        if p.postal_code.strip():
            self.postal_codes[_digits(p.postal_code)] = pid
        if p.birth_date is not None:
            born = p.birth_date
            self.birth_dates[(born.year, born.month, born.day)] = pid

    def _add_contact(self, kind: str, value: str, pid: str) -> None:
        value = value.strip()
        if not value:
            return
        digits = _digits(value)
        looks_phone = kind in ("telefono_movil", "telefono_fijo", "whatsapp") or (
            len(digits) >= 8 and len(digits) >= len(re.sub(r"[\s()+.\-]", "", value)) - 1)
        if looks_phone and len(digits) >= 8:
            national = _national(digits)
            self.phones[national] = pid
            if len(national) == 10:
                self.phones[national[-8:]] = pid
            return
        if "@" in value and "." in value.split("@")[-1] and " " not in value:
            self.literals[fold(value)] = ("email", pid)
            self._compact(value.split("@")[0], "email", pid, minimum=5)
            return
        if kind == "domicilio_postal":
            self._add_address(value, pid)
            return
        handle = _handle_of(value)
        if "/" in value or "." in value:
            literal = re.sub(r"^(https?://)?(www\.)?", "", fold(value)).rstrip("/")
            if len(literal) >= 5:
                self.literals[literal] = ("handle", pid)
        if handle:
            self._compact(handle, "handle", pid, minimum=4)
            self.literals.setdefault("@" + fold(handle), ("handle", pid))

    def _add_address(self, address: str, pid: str) -> None:
        for component in re.split(r"[,;\n]", address):
            words = _words(component)
            if not words:
                continue
            canonical = [_ADDRESS_GENERIC.get(w, w) for w in words]
            distinctive = [w for w in words if w not in _ADDRESS_GENERIC]
            if len(canonical) > 1:
                self._phrase(canonical, _Part(pid, "address", False))
            if not distinctive:
                continue
            has_number = any(w.isdigit() for w in distinctive)
            names = [w for w in distinctive if not w.isdigit()]
            if has_number and names:
                self._phrase(distinctive, _Part(pid, "address", False))
            elif len(names) > 1:
                self._phrase(names, _Part(pid, "address", False))
            elif len(names) == 1 and len(names[0]) >= 4:
                self._phrase(names, _Part(pid, "address", True))
        digits = _digits(address)
        if len(digits) == 5:
            self.postal_codes.setdefault(digits, pid)

    def add_reference(self, ref: str) -> None:
        """A case reference (folio, federal folio): matched however it is spaced."""
        if ref.strip():
            self._compact(ref, "folio", None, minimum=5)


def _is_weak(word: str) -> bool:
    return word in COMMON_WORD_NAMES or len(word) <= 2


def _national(digits: str) -> str:
    """Mexican national number: drop +52, the old mobile 1, and 044/045/01 prefixes."""
    if len(digits) > 10 and digits.startswith("52"):
        digits = digits[2:]
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
    if len(digits) == 13 and digits[:3] in ("044", "045"):
        digits = digits[3:]
    if len(digits) == 12 and digits.startswith("01"):
        digits = digits[2:]
    return digits[-10:] if len(digits) > 10 else digits


def _handle_of(value: str) -> str:
    text = value.strip().rstrip("/")
    if text.startswith("@"):
        return text[1:]
    if "/" in text:
        last = text.rsplit("/", 1)[-1]
        return last.lstrip("@")
    if re.fullmatch(r"[A-Za-z0-9_.]{3,}", text):
        return text
    return ""


# --- what is scanned and what is found ---------------------------------------------------------


@dataclass(frozen=True)
class ScanText:
    """One string that goes into the packet, and where it comes from."""

    field: str
    text: str
    case_id: str | None = None
    #: Written by a person (summary, details, recipient): exact dates count, and
    #: catalog vocabulary is not exempt.
    free_text: bool = False


@dataclass(frozen=True)
class Finding:
    field: str
    case_id: str | None
    kind: str
    #: The exact text found (what a dismissal refers to).
    text: str
    start: int
    end: int
    snippet: str
    person_id: str | None = None

    @property
    def is_identifier(self) -> bool:
        return self.kind in IDENTIFIER_KINDS

    def code(self, scope: str) -> str:
        """Stable short id of this finding within a scope (a session id or "adhoc")."""
        return finding_code(scope, self.case_id, self.field, self.text)


def finding_code(scope: str, case_id: str | None, field_: str, text: str) -> str:
    raw = "\x1f".join((scope, case_id or "", field_, text))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:10].upper()


def snippet(text: str, start: int, end: int, width: int = 30) -> str:
    left = max(0, start - width)
    right = min(len(text), end + width)
    out = (("…" if left > 0 else "") + text[left:start] + "«" + text[start:end] + "»"
           + text[end:right] + ("…" if right < len(text) else ""))
    return re.sub(r"\s+", " ", out)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    kind: str
    person_id: str | None = None


# --- patterns ---------------------------------------------------------------------------------

_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_MONTH_ABBR = {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7,
               "ago": 8, "sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12,
               "jan": 1, "apr": 4, "aug": 8, "dec": 12}
MONTH_NUMBERS: dict[str, int] = {
    **{m: i + 1 for i, m in enumerate(_MONTHS_ES)}, "setiembre": 9,
    **{m: i + 1 for i, m in enumerate(_MONTHS_EN)}, **_MONTH_ABBR,
}
_MONTH_ALT = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_SEP = r"[\s/.\-]+(?:del?\s+)?"
_DATE_DMY = re.compile(
    rf"(?<![\d])(\d{{1,2}})(?:º|o)?{_SEP}(\d{{1,2}}|{_MONTH_ALT})\.?{_SEP}(\d{{4}}|\d{{2}})(?!\d)")
_DATE_YMD = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DATE_MDY = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")
_DATE_DM = re.compile(rf"(?<!\d)(\d{{1,2}})\s+de\s+({'|'.join(_MONTHS_ES)}|setiembre)\b")
_DATE_MD_EN = re.compile(rf"\b({'|'.join(_MONTHS_EN)})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")

_CURP = re.compile(r"[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d")
_RFC = re.compile(r"[A-Z&]{3,4}\d{6}[A-Z0-9]{3}")
_INE_CLAVE = re.compile(r"[A-Z]{6}\d{8}[HMX]\d{3}")
_INE_IDMEX = re.compile(r"IDMEX\d{9,}")
_INE_CONTEXT = re.compile(
    r"\b(?:ine|ife|cic|ocr|credencial(?:\s+(?:para|de)\s+votar)?|clave\s+de\s+elector)"
    r"\b[\s:#.,]*(?:n(?:o|um|umero)\.?\s*)?(\d[\d\s\-]{7,16}\d)")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\s?52[\s.\-]*(?:1[\s.\-]*)?|52[\s.\-]+|0?4[45][\s.\-]*)?"
    r"(?:\(\s*\d{2,3}\s*\)|\d{2,3})[\s.\-]*\d{3,4}[\s.\-]*\d{4}(?![\w])")
_PHONE_LOCAL = re.compile(r"(?<![\w\-/])(\d{4})[\s\-](\d{4})(?![\w\-/])")
_DIGIT_RUN = re.compile(r"\d(?:[\s().\-+]{0,3}\d)+")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_OBFUSCATED_EMAIL = re.compile(r"[\w.+\-]+\s*[\[(]?\s*(?:arroba|at)\s*[\])]?\s*[\w\-]+"
                               r"\s*[\[(]?\s*(?:punto|dot)\s*[\])]?\s*[a-z]{2,}")
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|mx|info|gob|edu|io|me|tv"
    r"|news|social|app|co|ly|be|gl|tk)(?:\.[a-z]{2})?(?:/\S*)?", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
_POSTAL_CONTEXT = re.compile(r"\b(?:c\s?\.?\s?p\b\.?|codigo\s+postal)\s*[:.#]?\s*(\d{5})(?!\d)")
_FOLIO = re.compile(r"\bmpi[\s\-_]*\d{4}[\s\-_]*\d{3,6}\b")


# --- the scanner ---------------------------------------------------------------------------------


class Scanner:
    """Scan strings against one packet's identifiers.

    ``public_phrases``: catalog vocabulary the packet itself prints (alcaldías,
    zones, institutions, measure names…).  In generated strings (not free text)
    name parts inside such a phrase are not findings: a surname "Juárez" must
    not flag the alcaldía "Benito Juárez" printed as a place.
    """

    def __init__(self, ids: Identifiers, *, public_phrases: Iterable[str] = ()) -> None:
        self.ids = ids
        self._public: dict[str, list[tuple[str, ...]]] = {}
        for phrase in public_phrases:
            words = tuple(_words(phrase))
            if words and words not in self._public.get(words[0], []):
                self._public.setdefault(words[0], []).append(words)

    def scan(self, items: Iterable[ScanText]) -> list[Finding]:
        findings: list[Finding] = []
        for item in items:
            findings.extend(self.scan_one(item))
        return findings

    def scan_one(self, item: ScanText) -> list[Finding]:
        text = item.text
        if not text.strip():
            return []
        folded = _Folded.of(text)
        compact = _Compact.of(folded)
        tokens = _tokens(text)
        hits: list[_Hit] = []
        hits += self._names(text, tokens, exempt=self._exempt(tokens) if not item.free_text
                            else set())
        hits += self._compacts(text, compact)
        hits += self._literals(folded)
        hits += self._phones(text)
        hits += self._postal(tokens)
        hits += self._dates(folded, free_text=item.free_text)
        hits += self._patterns(text, folded, compact)
        return [Finding(field=item.field, case_id=item.case_id, kind=h.kind,
                        text=text[h.start:h.end], start=h.start, end=h.end,
                        snippet=snippet(text, h.start, h.end), person_id=h.person_id)
                for h in _merge(hits)]

    # --- names, aliases, organisations, addresses -----------------------------------------
    def _exempt(self, tokens: list[_Token]) -> set[int]:
        out: set[int] = set()
        for i, tok in enumerate(tokens):
            for phrase in self._public.get(tok.folded, ()):
                n = len(phrase)
                if tuple(t.folded for t in tokens[i:i + n]) == phrase:
                    out.update(range(i, i + n))
        return out

    def _names(self, text: str, tokens: list[_Token], *, exempt: set[int]) -> list[_Hit]:
        raw: list[tuple[int, int, _Part]] = []
        address_view = [_ADDRESS_GENERIC.get(t.folded, t.folded) for t in tokens]
        for i, tok in enumerate(tokens):
            for phrase, part in self.ids.phrases.get(tok.folded, ()):
                n = len(phrase)
                view = (address_view[i:i + n] if part.kind == "address"
                        else [t.folded for t in tokens[i:i + n]])
                if tuple(view) == phrase:
                    raw.append((i, i + n, part))
            for phrase, part in self.ids.phrases.get(address_view[i], ()):
                if part.kind != "address" or address_view[i] == tok.folded:
                    continue
                n = len(phrase)
                if tuple(address_view[i:i + n]) == phrase:
                    raw.append((i, i + n, part))
            for part in self.ids.single.get(tok.folded, ()):
                raw.append((i, i + 1, part))
        raw = [r for r in raw if not all(k in exempt for k in range(r[0], r[1]))]
        if not raw:
            return []
        has_lower = any(c.islower() for c in text)
        counted: list[tuple[int, int, _Part]] = []
        for start, end, part in raw:
            if not part.weak or self._weak_counts(text, tokens, start, end, part, raw,
                                                  has_lower=has_lower):
                counted.append((start, end, part))
        return _join_names(text, tokens, counted)

    @staticmethod
    def _weak_counts(text: str, tokens: list[_Token], start: int, end: int, part: _Part,
                     raw: list[tuple[int, int, _Part]], *, has_lower: bool) -> bool:
        for o_start, o_end, other in raw:
            if other.person_id != part.person_id or (o_start, o_end) == (start, end):
                continue
            if other.kind not in ("name", "alias") or part.kind not in ("name", "alias"):
                continue
            # Two ordinary words are a name only side by side ("Luz Paz"); with a
            # particle between ("paz y la luz") they are just words.
            if other.weak and (o_start != end and o_end != start):
                continue
            if _adjacent(text, tokens, end, o_start) or _adjacent(text, tokens, o_end, start):
                return True
        prev = tokens[start - 1] if start > 0 else None
        if prev is not None and prev.folded in HONORIFICS and _gap_is_soft(
                text[prev.end:tokens[start].start]):
            return True
        first = tokens[start].raw
        if part.kind == "organization":
            return has_lower and first[:1].isupper()
        if has_lower and first[:1].isupper():
            return prev is None or prev.folded not in DETERMINERS or not _gap_is_soft(
                text[prev.end:tokens[start].start])
        return False

    # --- numbers and literals ------------------------------------------------------------------
    def _compacts(self, text: str, compact: _Compact) -> list[_Hit]:
        hits: list[_Hit] = []
        for key, (kind, pid) in self.ids.compact.items():
            pos = compact.text.find(key)
            while pos != -1:
                end = pos + len(key)
                if compact.valid(pos, end, text):
                    s, e = compact.span(pos, end)
                    hits.append(_Hit(s, e, kind, pid))
                pos = compact.text.find(key, pos + 1)
        return hits

    def _literals(self, folded: _Folded) -> list[_Hit]:
        hits: list[_Hit] = []
        for literal, (kind, pid) in self.ids.literals.items():
            pos = folded.text.find(literal)
            while pos != -1:
                s, e = folded.span(pos, pos + len(literal))
                hits.append(_Hit(s, e, kind, pid))
                pos = folded.text.find(literal, pos + 1)
        return hits

    def _phones(self, text: str) -> list[_Hit]:
        if not self.ids.phones:
            return []
        hits: list[_Hit] = []
        for m in _DIGIT_RUN.finditer(text):
            positions = [m.start() + k for k, c in enumerate(m.group()) if c.isdigit()]
            digits = "".join(text[p] for p in positions)
            if len(digits) < 8:
                continue
            for number, pid in self.ids.phones.items():
                if len(number) < 10 and number != digits:
                    continue  # a short local form only counts as the whole number
                at = digits.find(number)
                while at != -1:
                    hits.append(_Hit(positions[at], positions[at + len(number) - 1] + 1,
                                     "phone", pid))
                    at = digits.find(number, at + 1)
        return hits

    def _postal(self, tokens: list[_Token]) -> list[_Hit]:
        return [_Hit(t.start, t.end, "postal_code", self.ids.postal_codes[t.folded])
                for t in tokens if t.folded in self.ids.postal_codes]

    def _dates(self, folded: _Folded, *, free_text: bool) -> list[_Hit]:
        hits: list[_Hit] = []
        for m, (d, mo, y) in _date_matches(folded.text):
            s, e = folded.span(m.start(), m.end())
            pid = self._birth(d, mo, y)
            if pid is not None:
                hits.append(_Hit(s, e, "birth_date", pid))
            elif free_text:
                hits.append(_Hit(s, e, "exact_date"))
        if free_text:
            for rx in (_DATE_DM, _DATE_MD_EN):
                for m in rx.finditer(folded.text):
                    s, e = folded.span(m.start(), m.end())
                    hits.append(_Hit(s, e, "exact_date"))
        return hits

    def _birth(self, day: int, month: int, year: int) -> str | None:
        for (by, bm, bd), pid in self.ids.birth_dates.items():
            if bd == day and bm == month and (year == by or (year < 100 and year == by % 100)):
                return pid
        return None

    # --- patterns ---------------------------------------------------------------------------
    def _patterns(self, text: str, folded: _Folded, compact: _Compact) -> list[_Hit]:
        hits: list[_Hit] = []
        for rx, kind in ((_CURP, "curp"), (_INE_CLAVE, "ine"), (_INE_IDMEX, "ine"),
                         (_RFC, "rfc")):
            for m in rx.finditer(compact.text):
                if compact.valid(m.start(), m.end(), text):
                    s, e = compact.span(m.start(), m.end())
                    hits.append(_Hit(s, e, kind))
        for m in _INE_CONTEXT.finditer(folded.text):
            s, e = folded.span(m.start(1), m.end(1))
            hits.append(_Hit(s, e, "ine"))
        for m in _PHONE.finditer(text):
            if len(_national(_digits(m.group()))) == 10:
                hits.append(_Hit(m.start(), m.end(), "phone_pattern"))
        for m in _PHONE_LOCAL.finditer(text):
            a, b = m.group(1), m.group(2)
            if not (_looks_year(a) and _looks_year(b)):
                hits.append(_Hit(m.start(), m.end(), "phone_pattern"))
        for m in _EMAIL.finditer(text):
            hits.append(_Hit(m.start(), m.end(), "email_pattern"))
        for m in _OBFUSCATED_EMAIL.finditer(folded.text):
            s, e = folded.span(m.start(), m.end())
            hits.append(_Hit(s, e, "email_pattern"))
        for m in _URL.finditer(text):
            hits.append(_Hit(m.start(), m.end(), "url"))
        for m in _HANDLE.finditer(text):
            hits.append(_Hit(m.start(), m.end(), "handle_pattern"))
        for m in _POSTAL_CONTEXT.finditer(folded.text):
            s, e = folded.span(m.start(), m.end())
            hits.append(_Hit(s, e, "postal_code_pattern"))
        for m in _FOLIO.finditer(folded.text):
            s, e = folded.span(m.start(), m.end())
            hits.append(_Hit(s, e, "folio_pattern"))
        return hits


def _looks_year(digits: str) -> bool:
    return digits.startswith(("19", "20"))


def _date_matches(folded: str) -> list[tuple[re.Match[str], tuple[int, int, int]]]:
    out: list[tuple[re.Match[str], tuple[int, int, int]]] = []
    for m in _DATE_DMY.finditer(folded):
        month = _month(m.group(2))
        if month is not None and 1 <= int(m.group(1)) <= 31:
            out.append((m, (int(m.group(1)), month, int(m.group(3)))))
    for m in _DATE_YMD.finditer(folded):
        if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            out.append((m, (int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    for m in _DATE_MDY.finditer(folded):
        month = _month(m.group(1))
        if month is not None:
            out.append((m, (int(m.group(2)), month, int(m.group(3)))))
    return out


def _month(text: str) -> int | None:
    if text.isdigit():
        n = int(text)
        return n if 1 <= n <= 12 else None
    return MONTH_NUMBERS.get(text)


def _gap_is_soft(gap: str) -> bool:
    """Only white space (line breaks too), dots or hyphens between two words
    ("Ma. José", "López-Pérez", a name broken across lines)."""
    return all(c.isspace() or c in ".-" for c in gap)


def _adjacent(text: str, tokens: list[_Token], end: int, start: int) -> bool:
    """Token ``end - 1`` is followed by token ``start``, with only particles between
    ("María José", "Ma. José", "Cruz de la Peña") and no comma or line break."""
    if end <= 0 or start < end or start >= len(tokens):
        return False
    if any(tokens[k].folded not in PARTICLES for k in range(end, start)):
        return False
    return all(_gap_is_soft(text[tokens[k - 1].end:tokens[k].start])
               for k in range(end, start + 1))


def _join_names(text: str, tokens: list[_Token], counted: list[tuple[int, int, _Part]]
                ) -> list[_Hit]:
    """Contiguous parts of one person's name become one finding ("María José de la Cruz")."""
    groups: list[tuple[int, int, _Part]] = []  # first token, end token, part
    for start, end, part in sorted(counted, key=lambda c: (c[0], -c[1])):
        if groups:
            g_start, g_end, g_part = groups[-1]
            same = g_part.person_id == part.person_id and g_part.kind == part.kind
            if same and (start < g_end or _adjacent(text, tokens, g_end, start)):
                groups[-1] = (g_start, max(g_end, end), g_part)
                continue
        groups.append((start, end, part))
    return [_Hit(tokens[s].start, tokens[e - 1].end, p.kind, p.person_id) for s, e, p in groups]


def _merge(hits: list[_Hit]) -> list[_Hit]:
    """Overlapping hits become one finding over their union, named by the best kind."""
    out: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and h.start < out[-1].end:
            last = out[-1]
            best = last if _RANK[last.kind] <= _RANK[h.kind] else h
            out[-1] = _Hit(last.start, max(last.end, h.end), best.kind, best.person_id)
        else:
            out.append(h)
    return out


def birth_date_forms(day: date) -> list[str]:
    """Ways a birth date is commonly written (for tests and documentation)."""
    return [day.strftime("%d/%m/%Y"), day.isoformat(),
            f"{day.day} de {_MONTHS_ES[day.month - 1]} de {day.year}",
            f"{_MONTHS_EN[day.month - 1].title()} {day.day}, {day.year}"]
