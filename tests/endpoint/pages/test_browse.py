"""/browse: a table sorted in Vietnamese order and paged by query parameters, on the server."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient


def names(page: str) -> list[str]:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'<td class="name"><a href="[^"]*">([^<]*)</a>', body)


def test_policies_in_vietnamese_order(client: FlaskClient) -> None:
    # By code point "Quyết" (Q) comes before "Đề" (U+0110); in Vietnamese Đ follows D.
    page = client.get("/browse?type=Policy").get_data(as_text=True)
    assert names(page) == [
        "Đề án trợ giúp trẻ em giai đoạn 2021-2030",
        "Quyết định số 99/2020/QĐ-TTg",
    ]
    desc = client.get("/browse?type=Policy&sort=name&order=desc").get_data(as_text=True)
    assert names(desc) == names(page)[::-1]


def test_columns_hold_kind_number_date_and_issuer(client: FlaskClient) -> None:
    page = client.get("/browse?type=Policy&sort=number").get_data(as_text=True)
    row = page.split("<tbody>", 1)[1].split("</tr>", 1)[0]
    cells = re.findall(r'<td class="(\w+)">(.*?)</td>', row, re.S)
    assert [c for c, _ in cells] == ["name", "kind", "number", "date", "issuer"]
    values = dict(cells)
    assert "Quyết định · Decision" in values["kind"]
    assert values["number"] == "99/2020/QĐ-TTg" and values["date"] == "2020-05-12"
    assert ">Thủ tướng Chính phủ</a>" in values["issuer"]
    assert "Đề án trợ giúp" in names(page)[1]  # no number: after the rows that have one


def test_sort_by_date_and_header_links(client: FlaskClient) -> None:
    page = client.get("/browse?type=Event&sort=date&order=desc").get_data(as_text=True)
    assert names(page) == ["Hội nghị công tác xã hội", "Hội thảo bảo vệ trẻ em"]
    assert 'aria-sort="descending"' in page
    assert "sort=date&amp;order=asc" in page  # clicking the sorted header flips the order


def test_paging(client: FlaskClient) -> None:
    first = client.get("/browse?type=Organisation&per=2").get_data(as_text=True)
    second = client.get("/browse?type=Organisation&per=2&page=2").get_data(as_text=True)
    assert names(first) == ["Bộ Lao động - Thương binh và Xã hội", "Cục Trẻ em"]
    assert names(second) == ["Thủ tướng Chính phủ"]
    assert 'rel="next"' in first and 'rel="prev"' in second


def test_empty_columns_are_left_out(client: FlaskClient) -> None:
    page = client.get("/browse?type=Person").get_data(as_text=True)
    assert "Trần Văn An" in page and "Số hiệu" not in page


@pytest.mark.parametrize(
    "query", ["type=Banana", "sort=colour", "order=up", "page=0", "page=x", "per=100000"]
)
def test_bad_parameters_are_400(client: FlaskClient, query: str) -> None:
    assert client.get(f"/browse?{query}").status_code == 400
