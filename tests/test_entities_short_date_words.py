"""A weekday's or month's short form before another name word starts the name ("Sun
Microsystems", "Sun Life", "Jan Egeland": they were "Microsystems", "Life", "Egeland"); a date
stays a date ("on Sun Jan 12"), and "May" is a whole month's name."""

from tests.support.entities import candidate_names


def test_a_short_weekday_starts_a_company_name() -> None:
    names = candidate_names("Grid", [
        "Sun Microsystems has launched a pay-as-you-go computing service.",
        "Analysts said Sun Microsystems needed new customers.",
    ])
    assert "Sun Microsystems" in names and "Microsystems" not in names


def test_a_short_month_starts_a_given_name() -> None:
    names = candidate_names("Police", ["Police Federation chairman Jan Berry said the plan "
                                       "would fail."])
    assert "Jan Berry" in names and "Berry" not in names


def test_a_written_date_is_no_name() -> None:
    names = candidate_names("Diary", ["The deal with Sun Microsystems was signed on Sun Jan 12."])
    assert "Sun Jan" not in names and "Jan" not in names
