"""A story in another language gets only the names the tagger knows without reading its prose.

The tagger tells names from common words the English way (capitals, and the same word in lower
case elsewhere). German capitalises every noun, so a dpa story's "Flüge" (flights) and
"Bodenpersonals" (ground staff) came out as organisations, and a French story's "Les Sages"
(the Constitutional Council's judges) as a person. In a story whose function words are
another language's, only its dateline, places the gazetteer knows, people with a known given
name and acronyms are kept."""

from backfile_entities import tag
from backfile_entities.language import is_english

LUFTHANSA = [
    "Wegen eines Warnstreiks des Bodenpersonals hat die Lufthansa für Mittwoch mehr als 1000 "
    "Flüge in Frankfurt und München gestrichen. Rund 134.000 Passagiere seien betroffen, "
    "teilte das Unternehmen am Dienstag mit.",
    "Die Gewerkschaft Verdi hatte das Bodenpersonal zu dem Ausstand aufgerufen. Die Flüge "
    "sollen am Donnerstag wieder planmäßig starten, sagte ein Sprecher der Lufthansa.",
]

RETRAITES = [
    "Le Conseil constitutionnel a validé vendredi l'essentiel de la réforme des retraites, "
    "dont le recul de l'âge légal de départ de 62 à 64 ans, ouvrant la voie à sa promulgation "
    "par Emmanuel Macron.",
    "Les Sages ont en revanche censuré six dispositions, dont l'index senior. La Première "
    "ministre Élisabeth Borne a salué une décision qui « met fin au cheminement "
    "institutionnel ».",
]

PENSIONES = [
    "El Consejo de Ministros aprobó este martes el segundo bloque de la reforma de las "
    "pensiones, que eleva las cotizaciones de los salarios más altos para garantizar la "
    "sostenibilidad del sistema, según anunció el ministro de Inclusión, José Luis Escrivá.",
    "La reforma, pactada con los sindicatos CCOO y UGT pero sin el apoyo de la patronal CEOE, "
    "será convalidada por el Congreso de los Diputados en las próximas semanas.",
]

ENGLISH_WITH_A_FRENCH_QUOTE = [
    "President Emmanuel Macron told reporters in Paris that the reform was needed, and that "
    "the government would not back down whatever the unions said about it this week.",
    "\"Je ne céderai pas\", he said, meaning he would not give in. Le Monde called the speech "
    "his firmest yet, while Marine Le Pen said the National Rally would fight on.",
]


def _names(title: str, paragraphs: list[str], dateline: str | None = None) -> set[str]:
    found = tag(title, paragraphs, dateline=dateline)
    return {*found.people, *found.places, *found.organizations}


def test_german_nouns_are_not_organisations() -> None:
    names = _names("Lufthansa streicht wegen Warnstreik Hunderte Flüge", LUFTHANSA,
                   dateline="Frankfurt/Main")
    assert "Frankfurt" in names
    assert not {"Flüge", "Bodenpersonals", "Bodenpersonal", "Passagiere", "Gewerkschaft",
                "Frankfurt/Main"} & names


def test_a_french_article_is_not_a_first_name() -> None:
    found = tag("Réforme des retraites : le Conseil constitutionnel valide le texte", RETRAITES,
                dateline="PARIS")
    assert {"Emmanuel Macron", "Élisabeth Borne"} <= set(found.people)
    assert "Les Sages" not in found.people
    assert "Paris" in found.places


def test_spanish_acronyms_and_known_people_stay() -> None:
    names = _names("El Gobierno aprueba la reforma de las pensiones", PENSIONES,
                   dateline="Madrid")
    assert {"José Luis Escrivá", "Madrid"} <= names
    assert "Inclusión" not in names


def test_the_language_is_told_by_function_words() -> None:
    assert not is_english(LUFTHANSA)
    assert not is_english(RETRAITES)
    assert not is_english(PENSIONES)
    assert is_english(ENGLISH_WITH_A_FRENCH_QUOTE)
    assert is_english(["Kurz: Lufthansa streicht Flüge."])  # too short to tell


def test_an_english_story_quoting_french_is_tagged_as_before() -> None:
    names = _names("Macron vows to press on with pension reform", ENGLISH_WITH_A_FRENCH_QUOTE)
    assert {"Emmanuel Macron", "Marine Le Pen"} <= names
