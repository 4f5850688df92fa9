"""/timeline: policies and events in date order, HTML and JSON."""

from __future__ import annotations

from flask.testing import FlaskClient


def test_timeline_orders_policies_and_events(client: FlaskClient) -> None:
    items = client.get("/timeline", headers={"Accept": "application/json"}).get_json()["items"]
    labels = [i["label"] for i in items]
    assert labels.index("Quyết định số 99/2020/QĐ-TTg") < labels.index("Hội thảo bảo vệ trẻ em")
    assert labels.index("Hội thảo bảo vệ trẻ em") < labels.index("Hội nghị công tác xã hội")
    scheme = next(i for i in items if i["label"].startswith("Đề án"))
    assert (scheme["from"], scheme["to"]) == ("2021", "2030")


def test_timeline_page_groups_by_year(client: FlaskClient) -> None:
    page = client.get("/timeline", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert "<h2>2020</h2>" in page and "<h2>2024</h2>" in page
