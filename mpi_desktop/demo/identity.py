"""Synthetic identifiers: CURP, RFC and INE shapes, phones, e-mails, handles.

CURPs follow the real construction (letters from the names, birth date, sex,
state, internal consonants, check digit) so they look and validate like the
real thing, but the names are random, so they identify nobody.  E-mail domains
are the reserved ``example`` names (RFC 2606), so a demo address can never
reach a real mailbox.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date

from mpi_desktop.demo.weights import Weighted, chance, pick
from mpi_desktop.domain.people import ContactChannel, IdentityDocument

_PARTICLES = {"DA", "DAS", "DE", "DEL", "DER", "DI", "DIE", "DD", "EL", "LA", "LOS", "LAS",
              "LE", "LES", "MAC", "MC", "VAN", "VON", "Y"}
_SKIPPED_FIRST = {"MARIA", "MA", "MA.", "JOSE", "J", "J."}
_VOWELS = "AEIOU"
_CHECK_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_STATES = Weighted({"DF": 78, "MC": 10, "PL": 2, "VZ": 2, "GR": 2, "OC": 2, "HG": 1,
                    "MN": 1, "JC": 1, "CS": 1})
_DOMAINS = ("example.org", "example.com", "example.net", "correo.example",
            "colectivo.example", "periodismo.example")
_NETWORKS = ("X (Twitter)", "Instagram", "Facebook", "TikTok", "Mastodon", "YouTube")
_CONTACT_NOTES = (
    "", "", "", "", "", "Solo en horario laboral.", "No dejar mensajes de voz.",
    "Número de su hermana; preguntar por ella.", "Prefiere llamada a mensaje.",
    "Cambia de número con frecuencia; confirmar en cada contacto.",
    "No mencionar el Mecanismo si contesta otra persona.",
)
_LETTERS = string.ascii_uppercase


def ascii_upper(text: str) -> str:
    """'Núñez' → 'NUXEZ' as CURP does (Ñ becomes X); other accents dropped."""
    text = text.upper().replace("Ñ", "X")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c in _LETTERS or c == " ")


def _words(name: str) -> list[str]:
    words = [w for w in ascii_upper(name.replace("-", " ").replace("'", "")).split()
             if w not in _PARTICLES]
    return words or ["X"]


def _internal(word: str, letters: str, *, want: bool) -> str:
    for ch in word[1:]:
        if (ch in letters) == want:
            return ch
    return "X"


def curp(*, given: str, first: str, second: str, born: date, sex: str | None,
         state: str) -> str:
    names = _words(given)
    if len(names) > 1 and names[0] in _SKIPPED_FIRST:
        names = names[1:]
    name, s1 = names[0], _words(first)[0]
    s2 = _words(second)[0] if second.strip() else "X"
    sex_letter = {"mujer": "M", "hombre": "H"}.get(sex or "", "X")
    body = (s1[0] + _internal(s1, _VOWELS, want=True) + s2[0] + name[0]
            + f"{born.year % 100:02d}{born.month:02d}{born.day:02d}" + sex_letter + state
            + _internal(s1, _VOWELS, want=False) + _internal(s2, _VOWELS, want=False)
            + _internal(name, _VOWELS, want=False))
    body += "0" if born.year < 2000 else "A"
    total = sum(_CHECK_ALPHABET.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)


def rfc_from_curp(value: str, rng: random.Random) -> str:
    homoclave = "".join(pick(rng, _LETTERS + string.digits) for _ in range(3))
    return value[:10] + homoclave


def ine_key(value: str, rng: random.Random) -> str:
    """Clave de elector: six letters, birth date, state number, sex, three digits."""
    letters = (value[:4] + value[13:15]).replace("X", pick(rng, "BCDFGHJKLMNPRST"))
    return f"{letters}{value[4:10]}09{value[10] if value[10] in 'HM' else 'H'}" \
           f"{rng.randrange(1000):03d}"


def documents(rng: random.Random, *, given: str, first: str, second: str,
              born: date | None, sex: str | None, foreign: bool) -> tuple[IdentityDocument, ...]:
    if born is None:
        return ()
    state = "NE" if foreign else _STATES.pick(rng)
    value = curp(given=given, first=first, second=second, born=born, sex=sex, state=state)
    docs = [IdentityDocument("curp", value)]
    if born.year < 2006 and chance(rng, 0.35):
        docs.append(IdentityDocument("rfc", rfc_from_curp(value, rng)))
    if not foreign and born.year < 2006 and chance(rng, 0.3):
        docs.append(IdentityDocument("ine", ine_key(value, rng)))
    if foreign and chance(rng, 0.6):
        passport = pick(rng, _LETTERS) + "".join(str(rng.randrange(10)) for _ in range(8))
        docs.append(IdentityDocument("pasaporte", passport))
    return tuple(docs)


# --- contact channels -----------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def phone(rng: random.Random, *, mobile: bool, local: bool = True,
          international: bool = False) -> str:
    """A 10-digit Mexican number written the many ways people write them."""
    area = pick(rng, ("55", "56")) if local else pick(rng, ("722", "771", "222", "33", "81"))
    rest = _digits(rng, 10 - len(area))
    a, b = rest[: len(rest) - 4], rest[-4:]
    if international:  # how messaging apps show numbers
        return f"+52 {area} {a} {b}"
    formats: tuple[str, ...] = (
        f"{area} {a} {b}", f"+52 {area} {a} {b}", f"({area}) {a}-{b}", f"{area}{a}{b}",
        f"{area}-{a}-{b}", f"+52{area}{a}{b}",
    )
    if mobile:
        formats += (f"+52 1 {area} {a} {b}", f"044 {area} {a} {b}")
    else:
        formats += (f"{area} {a} {b} ext. {rng.randrange(100, 999)}",)
    return pick(rng, formats)


def fold_ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ñ", "n"))
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c == " "))


def email(rng: random.Random, given: str, surname: str, born: date | None) -> str:
    first = fold_ascii(given).split()
    last = fold_ascii(surname).replace(" ", "")
    user_first = first[0] if first else "contacto"
    style = rng.randrange(5)
    if style == 0:
        user = f"{user_first}.{last}"
    elif style == 1:
        user = f"{user_first[0]}{last}{born.year % 100 if born else rng.randrange(10, 99):02d}"
    elif style == 2:
        user = f"{user_first}_{last}{rng.randrange(1, 999)}"
    elif style == 3:
        user = f"{last}.{user_first}"
    else:
        user = f"{user_first}{rng.randrange(1, 99)}"
    return f"{user or 'contacto'}@{pick(rng, _DOMAINS)}"


def handle(rng: random.Random, given: str, surname: str) -> str:
    base = (fold_ascii(given).split() or ["x"])[0][:8] + fold_ascii(surname).replace(" ", "")[:8]
    return f"@{base}{pick(rng, ('', '_mx', '_cdmx', str(rng.randrange(10, 99))))}"


def contacts(rng: random.Random, *, n: int, given: str, surname: str, born: date | None,
             local: bool, journalist: bool) -> tuple[ContactChannel, ...]:
    """``n`` channels; the first is always a phone, about a third add a safe channel."""
    if n <= 0:
        return ()
    out = [ContactChannel(pick(rng, ("telefono_movil", "telefono_movil", "whatsapp")),
                          phone(rng, mobile=True, local=local),
                          notes=pick(rng, _CONTACT_NOTES))]
    kinds = ["correo", "mensajeria_segura", "telefono_fijo", "red_social", "whatsapp"]
    if journalist:
        kinds.append("red_social")
    rng.shuffle(kinds)
    for kind in kinds[: max(0, n - 1)]:
        if kind == "correo":
            out.append(ContactChannel(kind, email(rng, given, surname, born),
                                      safe=chance(rng, 0.15)))
        elif kind == "mensajeria_segura":
            value = pick(rng, (f"Signal {phone(rng, mobile=True, local=local, international=True)}",
                               f"Signal: {fold_ascii(given).split()[0] if given else 'x'}"
                               f".{rng.randrange(10, 99)}"))
            out.append(ContactChannel(kind, value, safe=True,
                                      notes=pick(rng, ("", "Canal acordado para avisos.",
                                                       "Mensajes temporales activados."))))
        elif kind == "telefono_fijo":
            out.append(ContactChannel(kind, phone(rng, mobile=False, local=local)))
        elif kind == "red_social":
            out.append(ContactChannel(kind, handle(rng, given, surname),
                                      notes=pick(rng, _NETWORKS)))
        elif not any(c.kind == "whatsapp" for c in out):
            out.append(ContactChannel(kind, phone(rng, mobile=True, local=local)))
    return tuple(out)
