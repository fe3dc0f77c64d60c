"""Counties and boroughs are places (a local story is set in them), while a town that is also
a borough stays its club in a sports report."""

from backfile_entities.resolve import ORG, PLACE
from backfile_entities.tagger import candidates


def typed(title: str, paragraphs: list[str]) -> dict[str, str]:
    return {e.name: e.type for e in candidates(title, paragraphs)}


def test_a_county_is_a_place() -> None:
    found = typed("Singer's home burgled", [
        "Police in Buckinghamshire are hunting two men after a break-in at the singer's home.",
        "Officers from across Buckinghamshire and Oxfordshire searched the village overnight.",
    ])
    assert found.get("Buckinghamshire") == PLACE
    assert found.get("Oxfordshire") == PLACE


def test_a_borough_that_names_a_club_is_still_the_club_in_a_match_report() -> None:
    found = typed("Late goal wins it", [
        "Chelsea beat Fulham 2-1 in the league on Saturday, with a goal in the last minute.",
        "Fulham had led at half-time but Chelsea scored twice and the striker won the match.",
    ])
    assert found.get("Chelsea") == ORG
    assert found.get("Fulham") == ORG
