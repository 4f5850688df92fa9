"""Streets, roads, airports, border gates and markets named after their head word."""

from __future__ import annotations

import unicodedata

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.places import find_places
from graph_builder.nlp.rules.sites import find_sites


def sites(text: str, lex: Lexicon) -> list[str]:
    return [s.text for s in find_sites(unicodedata.normalize("NFC", text), lex)]


# fmt: off
CASES = [
    ("Anh ấy thuê nhà ở số 12 đường Lê Lợi, phường 3.", ["đường Lê Lợi"]),
    ("Chuyến bay hạ cánh xuống sân bay quốc tế Cam Ranh lúc 9 giờ.",
     ["sân bay quốc tế Cam Ranh"]),
    ("Xe tải đi qua cửa khẩu Lao Bảo rồi chạy trên quốc lộ 9 về xuôi.",
     ["cửa khẩu Lao Bảo", "quốc lộ 9"]),
    ("Bà bán rau ở chợ đầu mối Bình Điền và phố Hàng Bạc.",
     ["chợ đầu mối Bình Điền", "phố Hàng Bạc"]),
    ("Nhà cô ở ngõ 45, gần đường Láng.", ["ngõ 45", "đường Láng"]),
    # bus stations and road junctions
    ("Khách về Bến xe Miền Đông qua ngã tư Hàng Xanh rồi ngã ba Huế.",
     ["Bến xe Miền Đông", "ngã tư Hàng Xanh", "ngã ba Huế"]),
    ("Xe dừng ở ngã tư rồi về bến xe của huyện.", []),
    ("Đoàn nghỉ ở khu du lịch Suối Tiên rồi dạo công viên Thống Nhất.",
     ["khu du lịch Suối Tiên", "công viên Thống Nhất"]),
    # an industrial park's heads, capitalised too: no name starts with them
    ("Công nhân ở Khu công nghiệp Tân Tạo và khu kinh tế Nhơn Hội nghỉ Tết sớm.",
     ["Khu công nghiệp Tân Tạo", "khu kinh tế Nhơn Hội"]),
    ("Ông làm ở khu công nghiệp rồi về Cụm công nghiệp Phú Thị, huyện Gia Lâm.",
     ["Cụm công nghiệp Phú Thị"]),
    # rivers, mountains, islands, bays, lakes; not a word the head ends
    ("Thuyền chạy trên sông Hàn, qua vịnh Nha Trang rồi ra quần đảo Trường Sa.",
     ["sông Hàn", "vịnh Nha Trang", "quần đảo Trường Sa"]),
    ("Các huyện miền núi Quảng Nam, xã đảo Thạnh An và đồng hồ Casio.", []),
    # a one-syllable name must end its phrase: a capitalised slogan is no street
    ("Cả nước bước vào con đường Đổi mới từ năm ấy.", []),
    # a capitalised head is a syllable of a name
    ("Tổng cục Đường bộ Việt Nam và huyện Chợ Mới họp bàn.", []),
    # the head's syllable ends a unit's head word
    ("Ông sống ở thành phố Vinh và tổ dân phố Tân Lập.", []),
    # a body's seat: its address, no place of the news
    ("Trường có trụ sở chính đặt tại số 8 đường Trần Phú, tỉnh Phú Yên.", []),
    # a house number and a street's name after a cue of address
    ("Anh trọ ở số 12 Hàng Bông (phường Hàng Trống) rồi chuyển về nhà 7/3 Lý Tự Trọng.",
     ["12 Hàng Bông", "7/3 Lý Tự Trọng"]),
    ("Cửa hàng tại số 9, Trần Hưng Đạo và quầy mới ở 21 Lê Lợi.",
     ["9, Trần Hưng Đạo", "21 Lê Lợi"]),
    # a count, a one-syllable name, a name going on, a seat's address: no street
    ("Ông làm việc tại 3 Bệnh viện lớn, ở 2 Quận 1 và tại 5 Hội An cổ kính.", []),
    ("Văn phòng đặt tại 14 Phan Chu Trinh, Hà Nội.", []),
    # "số" after a body's name numbers the body: the province after the comma is no street
    ("Hai người được đưa vào Bệnh viện Dã chiến số 4, Hà Nam để cách ly.", []),
    ("Em học ở Trường THCS số 1, Thái Bình và nhà em ở số 15, Lê Hồng Phong.",
     ["15, Lê Hồng Phong"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sites(text: str, expected: list[str], lex: Lexicon) -> None:
    assert sites(text, lex) == expected


def test_a_site_holds_the_place_it_is_named_after(lex: Lexicon) -> None:
    """ "đường Hà Nội" is the street, not the city written inside its name."""
    text = "Cửa hàng nằm trên đường Hà Nội, quận Thủ Đức."
    assert [s.text for s in find_places(text, lex)] == ["đường Hà Nội", "quận Thủ Đức"]


def test_a_bodys_number_before_its_province_is_no_place(lex: Lexicon) -> None:
    text = "Bệnh nhân điều trị tại Bệnh viện số 2, Quảng Trị từ đầu tháng."
    assert [s.text for s in find_places(text, lex)] == ["Quảng Trị"]


def test_a_peninsula_and_the_east_sea_are_places(lex: Lexicon) -> None:
    """ "bán đảo X" is the peninsula, not "đảo X" an island; "Biển Đông" is a region."""
    text = "Căng thẳng trên bán đảo Triều Tiên và ở Biển Đông được bàn tới."
    assert [s.text for s in find_places(text, lex)] == ["bán đảo Triều Tiên", "Biển Đông"]


def test_airports_by_name_and_by_capitalised_head(lex: Lexicon) -> None:
    """An airport's name alone is a place (ontology/vocab/airports.ttl), and its heads,
    unlike "Chợ" or "Đường", open no other name when capitalised."""
    text = "Đoàn về Nội Bài, rồi Sân bay Cát Bi đón chuyến sau; ông Trần Long Thành đi cùng."
    assert [s.text for s in find_places(text, lex)] == ["Nội Bài", "Sân bay Cát Bi"]
