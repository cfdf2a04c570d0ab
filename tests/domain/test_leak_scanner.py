"""The leak scanner catches the vault's identifiers in any spelling, and leaves ordinary
Spanish alone (docs/ANONYMIZATION.md, "Leak scanner")."""

from __future__ import annotations

from datetime import date

import pytest

from mpi_desktop.domain.leak_scanner import (
    Finding,
    Identifiers,
    Scanner,
    ScanText,
    birth_date_forms,
    finding_code,
)
from mpi_desktop.domain.people import ContactChannel, IdentityDocument
from tests.factories import person

MARIA = person(  # María José de la Cruz Peña, see tests/factories.py
    contacts=(ContactChannel("telefono_movil", "+52 (55) 1234-5678"),
              ContactChannel("correo", "MJ.Cruz@Ejemplo.org", safe=True),
              ContactChannel("red_social", "@cronista_cdmx"),
              ContactChannel("red_social", "https://www.facebook.com/maria.cruz.pena")),
    documents=(IdentityDocument("curp", "CUPM860412MDFRXR09"),
               IdentityDocument("ine", "CRPNMR86041209M300")),
    address="Calle Falsa 123, Col. Centro", postal_code="06000")
ROSA = person(given_names="Rosa Luz", first_surname="Paz", second_surname="Victoria",
              aliases=("Chayo",), contacts=(ContactChannel("whatsapp", "55 8765 4321"),),
              documents=(), organization="Reforma", address="Av. Insurgentes Sur 1000",
              postal_code="03100", birth_date=date(1990, 7, 5))
FRANCISCO = person(given_names="Francisco Javier", first_surname="Hidalgo",
                   second_surname="", aliases=(), contacts=(), documents=(), address="",
                   postal_code="", organization="Colectivo Tierra Viva", birth_date=None)
IDS = Identifiers.build([MARIA, ROSA, FRANCISCO], references=["MPI-2026-0042", "FED-123/2025"])
SCANNER = Scanner(IDS, public_phrases=["Miguel Hidalgo", "Benito Juárez", "Centro"])


def found(text: str, *, free: bool = True) -> list[Finding]:
    return SCANNER.scan_one(ScanText("case.summary", text, case_id="c1", free_text=free))


def kinds(text: str, *, free: bool = True) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in found(text, free=free)]


@pytest.mark.parametrize(("text", "expected"), [
    # names in any case, with or without accents, abbreviated, spaced, hyphenated
    ("MARÍA JOSÉ", ("name", "MARÍA JOSÉ")),
    ("maria jose", ("name", "maria jose")),
    ("Ma. José", ("name", "Ma. José")),
    ("vimos a Ma José ayer", ("name", "Ma José")),
    ("María   José\nde la Cruz", ("name", "María   José\nde la Cruz")),
    ("María-José", ("name", "María-José")),
    ("la señora De La Cruz", ("name", "De La Cruz")),
    ("escribe mariajose en el buscador", ("name", "mariajose")),
    ("Peña", ("name", "Peña")),
    ("Fco. Javier llegó", ("name", "Fco. Javier")),
    ("habló con Paco Hidalgo", ("name", "Paco Hidalgo")),
    # phones in any formatting
    ("55 1234 5678", ("phone", "55 1234 5678")),
    ("+52 (55) 1234-5678", ("phone", "+52 (55) 1234-5678")),
    ("5512345678", ("phone", "5512345678")),
    ("55.12.34.56.78", ("phone", "55.12.34.56.78")),
    ("+52 1 55 1234 5678", ("phone", "+52 1 55 1234 5678")),
    ("su número es (55) 8765-4321", ("phone", "(55) 8765-4321")),
    # e-mails with capitals, handles and profile URLs
    ("mj.cruz@ejemplo.org", ("email", "mj.cruz@ejemplo.org")),
    ("MJ.CRUZ@EJEMPLO.ORG", ("email", "MJ.CRUZ@EJEMPLO.ORG")),
    ("@Cronista_CDMX", ("handle", "@Cronista_CDMX")),
    ("facebook.com/maria.cruz.pena", ("handle", "facebook.com/maria.cruz.pena")),
    # documents however they are typed
    ("cupm 860412 mdfrxr09", ("document", "cupm 860412 mdfrxr09")),
    ("CUPM-860412-MDFRXR09", ("document", "CUPM-860412-MDFRXR09")),
    ("clave CRPNMR 86041209 M300", ("document", "CRPNMR 86041209 M300")),
    # addresses, postal codes, aliases, organisations, folios, birth dates
    ("vive en calle falsa 123", ("address", "calle falsa 123")),
    ("frente a Insurgentes Sur 1000", ("address", "Insurgentes Sur 1000")),
    ("C.P. 06000", ("postal_code", "C.P. 06000")),
    ("la llaman Chayo", ("alias", "Chayo")),
    ("integrante del Colectivo Tierra Viva", ("organization", "Colectivo Tierra Viva")),
    ("publica en Reforma desde 2019", ("organization", "Reforma")),
    ("expediente MPI-2026-0042", ("folio", "MPI-2026-0042")),
    ("folio mpi 2026 0042", ("folio", "mpi 2026 0042")),
    ("folio federal fed 123/2025", ("folio", "fed 123/2025")),
    ("nació el 05/07/1990", ("birth_date", "05/07/1990")),
    ("nació el 5 de julio de 1990", ("birth_date", "5 de julio de 1990")),
    ("born July 5, 1990", ("birth_date", "July 5, 1990")),
    ("1990-07-05", ("birth_date", "1990-07-05")),
])
def test_catches_identifiers_of_the_people_in_the_packet(text: str,
                                                        expected: tuple[str, str]) -> None:
    assert kinds(text) == [expected]


@pytest.mark.parametrize(("text", "kind"), [
    ("CURP GOMA800101HDFRRL09", "curp"),
    ("curp goma 800101 hdfrrl09", "curp"),
    ("RFC GODE561231GR8", "rfc"),
    ("clave de elector GMVLMR80070501M100", "ine"),
    ("INE: 1234567890123", "ine"),
    ("IDMEX1234567890", "ine"),
    ("llamar al 55 9999 0000", "phone_pattern"),
    ("tel. +52 (33) 3616-1234", "phone_pattern"),
    ("5599990000", "phone_pattern"),
    ("fijo 5555-1234", "phone_pattern"),
    ("escribir a otra.persona@correo.com.mx", "email_pattern"),
    ("otra.persona arroba correo punto com", "email_pattern"),
    ("ver https://ejemplo.mx/nota?id=3", "url"),
    ("publicado en www.noticias.com", "url"),
    ("en noticiasdelbarrio.com.mx", "url"),
    ("lo atacó @troll_123", "handle_pattern"),
    ("C.P. 09876", "postal_code_pattern"),
    ("codigo postal 11000", "postal_code_pattern"),
    ("el caso MPI-2025-0007", "folio_pattern"),
    ("El 3 de marzo recibió amenazas", "exact_date"),
    ("el 14/02/2026", "exact_date"),
    ("on March 3rd", "exact_date"),
])
def test_catches_patterns_of_anyone(text: str, kind: str) -> None:
    assert [f.kind for f in found(text)] == [kind]


CLEAN = (
    "Durante la reunión se habló de la paz en la colonia y de la luz que falta en las calles. "
    "Una rosa roja apareció en la puerta como señal. La victoria del movimiento vecinal fue "
    "celebrada con esperanza. Se pidió amparo ante el juzgado y la soledad del barrio "
    "preocupa. El mar de gente llenó la plaza. Buscan la paz y la luz para la comunidad. "
    "La persona recibió amenazas en marzo de 2026 tras publicar una investigación sobre "
    "la reforma educativa; se recomienda mantener las medidas durante el periodo 2025-2026. "
    "En la Paz vivió su familia. Hubo 3 reuniones con 12 personas de la organización."
)


def test_ordinary_spanish_is_left_alone() -> None:
    assert found(CLEAN) == []


@pytest.mark.parametrize(("text", "hit"), [
    # Weak parts (ordinary words) count next to another part of the name...
    ("Rosa Luz fue amenazada", "Rosa Luz"),
    ("hablamos con luz paz ayer", "luz paz"),
    ("ROSA LUZ PAZ VICTORIA", "ROSA LUZ PAZ VICTORIA"),
    # ...after a title...
    ("la señora Paz llegó", "Paz"),
    ("la periodista Victoria informó", "Victoria"),
    # ...or capitalized where a common noun would not be.
    ("Rosa recibió amenazas", "Rosa"),
    ("amenazaron a Luz en su casa", "Luz"),
])
def test_common_word_names_count_in_name_positions(text: str, hit: str) -> None:
    assert [f.text for f in found(text)] == [hit]


@pytest.mark.parametrize("text", [
    "una rosa en la mesa", "la paz del barrio", "en la Paz", "de la Luz al Centro",
    "VIVA LA PAZ Y LA LUZ",  # all capitals: capitalization says nothing
    "trabaja en la reforma del reglamento",
])
def test_common_word_names_alone_are_words(text: str) -> None:
    assert found(text) == []


def test_catalog_vocabulary_is_exempt_only_in_generated_text() -> None:
    # "Hidalgo" is a surname in the packet, and an alcaldía the packet prints.
    assert found("Lugar: Miguel Hidalgo", free=False) == []
    assert kinds("Lugar: Miguel Hidalgo", free=True) == [("name", "Hidalgo")]
    # A real name in generated text is still caught.
    assert kinds("Francisco Hidalgo", free=False) == [("name", "Francisco Hidalgo")]


def test_exact_dates_count_only_in_free_text() -> None:
    assert found("Fecha: 12 de marzo de 2026", free=False) == []
    assert [f.kind for f in found("el 12 de marzo de 2026")] == ["exact_date"]


def test_several_findings_with_snippets_in_one_text() -> None:
    text = ("María José denunció el 3 de marzo. Su teléfono es 55 1234 5678 y su correo "
            "mj.cruz@ejemplo.org; vive en la colonia Centro.")
    result = found(text)
    # "colonia Centro" is part of her address (Col. Centro).
    assert [f.kind for f in result] == ["name", "exact_date", "phone", "email", "address"]
    assert all(text[f.start:f.end] == f.text for f in result)
    assert result[2].snippet.count("«55 1234 5678»") == 1
    assert all(f.field == "case.summary" and f.case_id == "c1" for f in result)
    assert result[0].person_id == MARIA.id


def test_every_birth_date_form_is_caught() -> None:
    born = ROSA.birth_date
    assert born is not None
    for form in birth_date_forms(born):
        assert [f.kind for f in found(f"dato: {form}")] == ["birth_date"], form


def test_finding_codes_are_stable_and_scoped() -> None:
    f = found("Ma. José")[0]
    assert f.code("s1") == f.code("s1") == finding_code("s1", "c1", "case.summary", "Ma. José")
    assert f.code("s1") != f.code("s2")
    other_case = SCANNER.scan_one(ScanText("case.summary", "Ma. José", case_id="c2"))[0]
    assert other_case.code("s1") != f.code("s1")
    other_field = SCANNER.scan_one(ScanText("case.measure.m.details", "Ma. José",
                                            case_id="c1"))[0]
    assert other_field.code("s1") != f.code("s1")


def test_scan_covers_every_text() -> None:
    items = [ScanText("cover.title", "Consejo de Evaluación de Medidas"),
             ScanText("case.summary", "Contactar a Chayo", case_id="c1", free_text=True),
             ScanText("copy.recipient", "Destinatario: Lic. Rosa Paz", free_text=True)]
    result = SCANNER.scan(items)
    assert [(f.field, f.text) for f in result] == [("case.summary", "Chayo"),
                                                   ("copy.recipient", "Rosa Paz")]
