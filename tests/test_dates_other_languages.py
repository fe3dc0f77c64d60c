"""Dates, datelines and bylines in French, German, Spanish, Italian, Portuguese and Dutch.

A Le Monde, dpa, EFE, ANSA, Lusa or ANP page dates its stories with its own month and weekday
names (`Publié le 1er mars 2024 à 08h12`, `Donnerstag, 14. September 2023`, `MADRID, 14 sep
(EFE).- `) and signs them `Par`, `Von`, `Por`, `Di`, `Door`: the story is dated, and those
lines stay out of the summary. English headlines that open with the same words (`Par Three
Hole Rebuilt`) stay headlines, and an English story's words (`3 out of 5`) date nothing.
"""

from __future__ import annotations

from datetime import date

import pytest
from backfile_ingest.cues import byline, parse_dateline
from backfile_ingest.dates import event_dates, month_day, parse_date_line, stamp_date
from backfile_ingest.partial_date import PartialDate
from ingest_support import ingest_string

LE_MONDE = """La Banque centrale européenne relève ses taux pour la dixième fois

Par Marie Charrel
Publié le 14 septembre 2023 à 14h30, modifié le 15 septembre 2023 à 08h12

FRANCFORT — La Banque centrale européenne (BCE) a relevé jeudi ses taux directeurs d'un \
quart de point, a annoncé sa présidente, Christine Lagarde.

« L'inflation reste trop élevée depuis trop longtemps », a déclaré Mme Lagarde.

Grève à la SNCF : le trafic fortement perturbé

Par Paul Martin (avec AFP)
Mis à jour le 1er mars 2024 à 08h12

Le trafic était fortement perturbé vendredi sur le réseau de la SNCF, au premier jour \
d'une grève des contrôleurs qui doit durer jusqu'au 3 mars.
"""

DPA = """EZB erhöht Leitzins zum zehnten Mal in Folge

Von Anna Schmidt und Jan Becker
Donnerstag, 14. September 2023

FRANKFURT (dpa) - Die Europäische Zentralbank hat den Leitzins erneut angehoben. Das \
teilte die Notenbank am Donnerstag in Frankfurt mit.

Bahnstreik legt Fernverkehr lahm

Stand: 10.01.2024, 06:15 Uhr

BERLIN, 10. Januar (dpa) - Die Lokführergewerkschaft GDL hat ihren Streik begonnen. Am \
12. Januar soll er enden.
"""

EFE = """El Banco Central Europeo sube los tipos por décima vez consecutiva

Por Ana García
Publicado el 14 sep 2023 - 14:30 CEST

MADRID, 14 sep (EFE).- El Banco Central Europeo (BCE) ha subido este jueves los tipos de \
interés en un cuarto de punto, según ha anunciado su presidenta, Christine Lagarde.

Sánchez anuncia un acuerdo con Junts

BRUSELAS, 9 de noviembre de 2023 (EFE).- El presidente del Gobierno en funciones, Pedro \
Sánchez, anunció este jueves un acuerdo con Junts para su investidura.
"""


def test_a_le_monde_page_is_dated_and_signed() -> None:
    bce, greve = ingest_string(LE_MONDE)
    assert (bce.date, bce.byline, bce.dateline) == (date(2023, 9, 14), "Par Marie Charrel",
                                                    "FRANCFORT")
    assert bce.summary.startswith("La Banque centrale européenne (BCE) a relevé")
    assert (greve.date, greve.byline) == (date(2024, 3, 1), "Par Paul Martin (avec AFP)")
    assert greve.summary.startswith("Le trafic était fortement perturbé")
    assert date(2024, 3, 3) in greve.event_dates  # `jusqu'au 3 mars`


def test_a_dpa_page_is_dated_and_signed() -> None:
    ezb, streik = ingest_string(DPA)
    assert ezb.title == "EZB erhöht Leitzins zum zehnten Mal in Folge"
    assert (ezb.date, ezb.byline, ezb.dateline) == (
        date(2023, 9, 14), "Von Anna Schmidt und Jan Becker", "FRANKFURT")
    assert (streik.date, streik.dateline) == (date(2024, 1, 10), "BERLIN")
    assert streik.summary.startswith("Die Lokführergewerkschaft GDL")
    assert date(2024, 1, 12) in streik.event_dates


def test_efe_datelines_date_their_stories() -> None:
    bce, sanchez = ingest_string(EFE)
    assert (bce.date, bce.byline, bce.dateline) == (date(2023, 9, 14), "Por Ana García", "MADRID")
    assert bce.summary.startswith("El Banco Central Europeo (BCE) ha subido")
    assert (sanchez.date, sanchez.dateline) == (date(2023, 11, 9), "BRUSELAS")
    assert sanchez.summary.startswith("El presidente del Gobierno")


@pytest.mark.parametrize(("line", "when"), [
    ("jeudi 14 septembre 2023", date(2023, 9, 14)),
    ("1er mars 2024", date(2024, 3, 1)),
    ("Publié le 23 juillet 2023 à 09h12", date(2023, 7, 23)),
    ("Mis à jour le 15 septembre 2023 à 08h12", date(2023, 9, 15)),
    ("le 3 fevrier 2004", None),  # an article is not a label
    ("Veröffentlicht am 14.09.2023 um 14:30 Uhr", date(2023, 9, 14)),
    ("Aktualisiert am 3. März 2022, 10:15 Uhr", date(2022, 3, 3)),
    ("Do., 14.09.2023", date(2023, 9, 14)),
    ("jueves, 14 de septiembre de 2023", date(2023, 9, 14)),
    ("Actualizado: 15/09/2023 08:12", date(2023, 9, 15)),
    ("Pubblicato il 14 settembre 2023 alle 14:30", date(2023, 9, 14)),
    ("giovedì 14 settembre 2023", date(2023, 9, 14)),
    ("quinta-feira, 14 de setembro de 2023", date(2023, 9, 14)),
    ("Publicado em 14/09/2023 às 14h30", date(2023, 9, 14)),
    ("Gepubliceerd op 14 september 2023 om 14.30 uur", date(2023, 9, 14)),
    ("Bijgewerkt op 2 mrt 2021", date(2021, 3, 2)),
    ("31 février 2023", None),
])
def test_date_lines_in_other_languages(line: str, when: date | None) -> None:
    found = parse_date_line(line)
    assert (found.value if found else None) == when


def test_stamps_and_datelines_in_other_languages() -> None:
    assert stamp_date("Mis à jour le 15 septembre 2023 à 08h12").value == date(2023, 9, 15)
    anchor = PartialDate(date(2023, 11, 20))
    assert stamp_date("Aktualisiert am 3. November, 10:15 Uhr", anchor).value == date(2023, 11, 3)
    assert month_day("MADRID, 14 sep (EFE).- ") == (9, 14)
    rome = parse_dateline("ROMA, 14 SET - La Banca centrale europea ha alzato i tassi.")
    assert (rome.place, rome.date_text) == ("ROMA", "14 SET")


def test_bylines_need_a_given_name_after_a_foreign_by() -> None:
    assert byline("Par Marie Charrel") == "Marie Charrel"
    assert byline("Door Jan de Vries") == "Jan de Vries"
    assert byline("Por João Silva, enviado especial") == "João Silva"
    for headline in ("Par Three Hole Rebuilt", "Door County Fair Opens",
                     "Di Canio Banned For Three Games", "Von Trapp Family Returns To Salzburg"):
        assert byline(headline) is None, headline


def test_english_words_date_nothing_in_other_languages() -> None:
    published = PartialDate(date(2023, 9, 14))
    assert event_dates("Three out of 5 said the 2 Mars rovers did 10 ago.", published) == []
    assert event_dates("Le vol AF12 juin est annulé.", published) == []  # a flight, not 12 June
    assert event_dates("Le 14 mars, puis am 3. Mai 2022.", published) == [
        date(2022, 5, 3), date(2024, 3, 14)]
