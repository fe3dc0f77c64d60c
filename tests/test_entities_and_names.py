"""A body's name with "and" before its last words ("Securities and Exchange Commission",
"Economic and Social Research Council") is one name, while two bodies joined by "and" ("the
IMF and World Bank", "the Treasury and Bank of England") stay two."""

from tests.support.entities import candidate_names as names


def test_and_inside_a_body_name_keeps_it_whole() -> None:
    found = names("Regulator fines bank", [
        "The Securities and Exchange Commission fined the bank $10m on Monday.",
        "The report was paid for by the Economic and Social Research Council.",
    ])
    assert "Securities and Exchange Commission" in found
    assert "Economic and Social Research Council" in found
    assert "Exchange Commission" not in found


def test_two_bodies_joined_by_and_stay_two() -> None:
    found = names("Debt relief agreed", [
        "Officials from the IMF and World Bank met in Washington on Friday.",
        "Both the Treasury and Bank of England welcomed the deal.",
    ])
    assert "World Bank" in found
    assert "Bank of England" in found
    assert not any(" and " in name for name in found)


def test_a_body_of_or_for_something_ends_before_and_a_name() -> None:
    found = names("Bank deal", [
        "Deutsche Bank and Gazpromneft signed, said the Bank of England and Barclays.",
        "Talks between the European Union and Japan failed, the Ministry of Defence and Foreign "
        "Office said.",
    ])
    assert {"Deutsche Bank", "Gazpromneft", "Bank of England", "Barclays", "European Union",
            "Japan", "Ministry of Defence", "Foreign Office"} <= found
    assert not any(" and " in name for name in found)


def test_and_inside_an_of_body_stays() -> None:
    found = names("Health cuts", [
        "The Department of Health and Human Services and the Department for Work and Pensions "
        "agreed, as did the Police Federation of England and Wales.",
    ])
    assert "Department of Health and Human Services" in found
    assert "Department for Work and Pensions" in found
    assert "Police Federation of England and Wales" in found


def test_a_given_name_after_and_starts_a_second_name() -> None:
    found = names("New DJs named", [
        "Huw Stephens, Ras Kwame and Rob Da Bank will each host the late-night show, the "
        "station said on Tuesday.",
    ])
    assert {"Huw Stephens", "Ras Kwame", "Rob Da Bank"} <= found
    assert not any(" and " in name for name in found)
