"""Synthetic names: Faker ``es_MX`` plus the names that break naive software.

About one name in six comes from the "hard" lists: accents, ñ and ü, particles
("de la", "del", "de los"), compound given names ("María José" and "José
María"), hyphenated and apostrophe surnames, Nahuatl given names and surnames.
They are combined at random, so no output is a real person's full name except
by coincidence.
"""

from __future__ import annotations

import random
import unicodedata

from faker import Faker

from mpi_desktop.demo.weights import FEMININE, MASCULINE, chance, pick

HARD_GIVEN_FEMININE = (
    "María José", "María de los Ángeles", "María del Carmen", "María Fernanda", "Ana Sofía",
    "Xóchitl", "Itzel", "Citlalli", "Ximena", "Nayeli", "Maricruz", "Dulce María",
    "Ángeles", "Araceli", "Begoña", "Inés", "Noemí", "Zoé", "Anaís", "Yaretzi",
)
HARD_GIVEN_MASCULINE = (
    "José María", "Juan Pablo", "José Ángel", "Cuauhtémoc", "Tonatiuh", "Jesús", "Efraín",
    "Joaquín", "Moisés", "Iñaki", "Íñigo", "Ehécatl", "Ángel Gabriel", "Nezahualcóyotl",
    "Matías", "Sebastián", "Raúl", "Germán",
)
#: Given names people of any gender use; chosen for non-binary people too.
GIVEN_ANY = ("Guadalupe", "Cruz", "Ariel", "Alexis", "Sol", "Noa", "Trinidad", "Rosario",
             "Dani", "Alex", "Itzae", "Reyes")

HARD_SURNAMES = (
    "Núñez", "Peña", "Muñoz", "Ibáñez", "Ordóñez", "Patiño", "Treviño", "Argüelles",
    "Agüero", "Güemes", "Sigüenza", "Echeverría", "Villaseñor", "Cañedo", "Nuño",
    "de la Cruz", "de la Rosa", "de la Torre", "del Valle", "del Río", "de los Santos",
    "de los Ríos", "de la O", "de Jesús", "Ponce de León", "Montes de Oca",
    "Fernández de Lara", "Espinosa de los Monteros", "Xolalpa", "Cuautle", "Tlaseca",
    "Tecpanécatl", "Xicoténcatl", "Tepale", "Huitrón", "Moctezuma", "Chimal",
)
APOSTROPHE_SURNAMES = ("O'Farrill", "D'Acosta", "O'Gorman")
NICKNAMES = {
    "José": "Pepe", "Jesús": "Chuy", "Guadalupe": "Lupita", "Francisco": "Paco",
    "Ignacio": "Nacho", "Refugio": "Cuca", "Concepción": "Conchita", "Rosario": "Chayo",
    "Enrique": "Quique", "Alejandro": "Alex", "Roberto": "Beto", "Alberto": "Beto",
}
NICKNAMES_ANY = ("El Profe", "La Maestra", "Güero", "Güera", "Chato", "La Flaca", "Don Chema",
                 "Tío Beto", "Doña Cuca", "La Jefa")
PEN_NAMES = (
    "La Cronista del Oriente", "El Güero de Tepito", "Voz del Ajusco", "La Reportera Urbana",
    "Pluma Libre", "El Observador", "La Tlacuila", "Crónica Chilanga", "Niña Ñandú",
    "La Güera Informa", "Ojo de Águila", "El Tlacuache", "Noticias de Barrio",
)


#: Typos in Faker's es_MX lists (``Jos``, ``Rodríquez``, ``Gollum``…) and their fix.
_FAKER_FIXES = {
    "Garica": "García", "Gollum": "Gómez", "Rodrígez": "Rodríguez", "Rodríquez": "Rodríguez",
    "Jimínez": "Jiménez", "de la Crúz": "de la Cruz", "Jos": "José",
    "José Manuél": "José Manuel", "Rafaél": "Rafael", "Alta Gracia": "Altagracia",
    "Óliver": "Oliver", "Sessa": "Teresa", "Esparta": "Esperanza",
}


def clean(raw: str) -> str:
    """One space between words, composed accents (NFC), known typos fixed."""
    text = unicodedata.normalize("NFC", " ".join(raw.split()))
    return _FAKER_FIXES.get(text, text)


class Names:
    """Draws given names and surnames; Faker is seeded from the run's generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fake = Faker("es_MX")
        self.fake.seed_instance(rng.getrandbits(64))

    def given(self, gender: str | None, sex: str | None) -> str:
        rng = self.rng
        feminine = gender in FEMININE or (gender not in MASCULINE and sex == "mujer")
        masculine = gender in MASCULINE or (gender not in FEMININE and sex == "hombre")
        if gender in ("no_binaria", "otra") and chance(rng, 0.5):
            return pick(rng, GIVEN_ANY)
        if chance(rng, 0.17):
            if feminine:
                return pick(rng, HARD_GIVEN_FEMININE)
            if masculine:
                return pick(rng, HARD_GIVEN_MASCULINE)
            return pick(rng, GIVEN_ANY)
        if feminine:
            return clean(self.fake.first_name_female())
        if masculine:
            return clean(self.fake.first_name_male())
        return clean(self.fake.first_name_nonbinary())

    def surname(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.003:
            return pick(rng, APOSTROPHE_SURNAMES)
        if roll < 0.013:
            return f"{self._plain_surname()}-{self._plain_surname()}"
        if roll < 0.16:
            return pick(rng, HARD_SURNAMES)
        return self._plain_surname()

    def _plain_surname(self) -> str:
        return clean(self.fake.last_name())

    def alias(self, given: str, *, journalist: bool) -> str:
        first = given.split()[0]
        if first in NICKNAMES and chance(self.rng, 0.7):
            return NICKNAMES[first]
        return pick(self.rng, PEN_NAMES if journalist else NICKNAMES_ANY)
