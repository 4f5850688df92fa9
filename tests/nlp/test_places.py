"""Places beyond the gazetteer: administrative units by head word, countries and foreign
cities, and names that are places only in context."""

from __future__ import annotations

import unicodedata

import pytest

from graph_builder.config import VOCAB_DIR
from graph_builder.nlp.lexicon import Lexicon, load_lexicon
from graph_builder.nlp.rules.place_lookup import place_entry
from graph_builder.nlp.rules.places import find_places


def places(text: str, lex: Lexicon) -> list[str]:
    return [s.text for s in find_places(unicodedata.normalize("NFC", text), lex)]


# fmt: off
UNITS = [
    ("Đoàn công tác đã làm việc tại quận Hải Châu và huyện Hòa Vang.",
     ["quận Hải Châu", "huyện Hòa Vang"]),
    ("Người dân xã Tân Hiệp, huyện Châu Thành, tỉnh Kiên Giang được hỗ trợ.",
     ["xã Tân Hiệp", "huyện Châu Thành", "Kiên Giang"]),
    ("Hộ nghèo ở Phường 5 và Quận 1 được khảo sát.", ["Phường 5", "Quận 1"]),
    ("Thị trấn Mường Tè và thị xã Sơn Tây có nhiều trẻ em khuyết tật.",
     ["Thị trấn Mường Tè", "thị xã Sơn Tây"]),
    ("Các chính sách an sinh xã hội được triển khai ở thôn Bản Mới.", ["thôn Bản Mới"]),
    ("Trẻ em ở huyện miền núi và các xã đặc biệt khó khăn được hỗ trợ.", []),
    ("Phát biểu, Phó Chủ tịch UBND tỉnh Trần Văn Nam đánh giá cao kết quả.", []),
    ("Trung tâm đặt tại tỉnh Bà Rịa - Vũng Tàu.", ["Bà Rịa - Vũng Tàu"]),
    ("Vấn đề xã hội của thành phố được bàn ở quận 3.", ["quận 3"]),
    ("Gia đình anh sống ở phường Trần Hưng Đạo, TP Quy Nhơn.",
     ["phường Trần Hưng Đạo", "TP Quy Nhơn"]),
    ("Hộ nghèo trú tại xóm Bến, thôn 6 và khu phố 2 được hỗ trợ.",
     ["xóm Bến", "thôn 6", "khu phố 2"]),
    ("Cửa hàng ở Q.Bình Thạnh và Q. 5 đóng cửa.", ["Q.Bình Thạnh", "Q. 5"]),
    ("Đoàn về Tp.HCM rồi ra Tp. Hồ Chí Minh.", ["Tp.HCM", "Tp. Hồ Chí Minh"]),
    ("Chủ tịch UBND xã Nguyễn Văn Hùng chủ trì cuộc họp.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), UNITS)
def test_units_below_the_province_by_head_word(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert places(text, lex) == expected


def test_a_province_after_its_head_keeps_its_gazetteer_name(lex: Lexicon) -> None:
    assert places("Hội nghị diễn ra tại tỉnh Nghệ An.", lex) == ["Nghệ An"]


def test_a_name_of_one_syllable_keeps_its_head_word(lex: Lexicon) -> None:
    """ "Huế" alone may be the province; "TP Huế" is the city, and one syllable would
    not match a name written with its head."""
    text = "Đoàn về TP Huế, rồi tới tỉnh Nghệ An; năm sau hội nghị họp ở Huế."
    assert places(text, lex) == ["TP Huế", "Nghệ An", "Huế"]


def test_decomposed_input_is_read_like_composed(lex: Lexicon) -> None:
    text = unicodedata.normalize("NFD", "Đoàn đến huyện Hòa Vang.")
    assert places(text, lex) == ["huyện Hòa Vang"]


# fmt: off
COUNTRIES = [
    ("Đoàn công tác đã sang Nhật Bản và Hàn Quốc.", ["Nhật Bản", "Hàn Quốc"]),
    ("Chuyên gia đến từ Anh chia sẻ kinh nghiệm.", ["Anh"]),
    ("Kinh nghiệm của Nhật Bản, Anh và Pháp được giới thiệu.", ["Nhật Bản", "Anh", "Pháp"]),
    ("Chuyên gia từ Đức tài trợ dự án tại Luân Đôn và Paris.", ["Đức", "Luân Đôn", "Paris"]),
    ("Đại sứ quán Anh và Chính phủ Pháp hỗ trợ dự án.", []),
    ("Hội thảo diễn ra tại London với đại biểu Liên bang Nga.", ["London", "Liên bang Nga"]),
    ("Anh cho biết hồ sơ đã được duyệt.", []),
    ("Chị Nguyễn Thị Nga và anh Trần Minh Đức tham gia lớp học.", []),
    ("Ý kiến của người dân được tiếp thu.", []),
    ("Em Anh Tuấn ở Mỹ Tho được nhận học bổng.", ["Mỹ Tho"]),  # the city, not "Mỹ"
    ("Trường lọt tốp 300 châu Á và hợp tác với châu Âu.", ["châu Á", "châu Âu"]),
    ("Nghiên cứu so sánh hạnh phúc ở các nước Đông Á và Bắc Âu.", ["Đông Á", "Bắc Âu"]),
    ("Phụ nữ Việt Nam và người Việt Nam ở Nhật Bản hưởng ứng.", ["Nhật Bản"]),
    # whose citizens, whose State; the President the city is named after, and the city
    ("Công dân Việt Nam ở Lào được Nhà nước Việt Nam bảo hộ.", ["Lào"]),
    ("Đoàn học tập tư tưởng, đạo đức, phong cách Hồ Chí Minh tại TP. Hồ Chí Minh.",
     ["TP. Hồ Chí Minh"]),
    ("Đoàn viếng lăng Chủ tịch Hồ Chí Minh rồi về Thành phố Hồ Chí Minh.",
     ["Thành phố Hồ Chí Minh"]),
    ("Hưởng ứng “Ngày Công tác xã hội Việt Nam”, tỉnh Bình Định tổ chức mít tinh.", ["Bình Định"]),
    # quoted speech, with sentences inside, names places; a quoted title does not
    ("Ông nói: “Năm nay Hà Nội làm tốt. Sang năm sẽ hơn”.", ["Hà Nội"]),
    ("Bà hỏi: \"Vì sao họ rời Đà Nẵng sớm thế?\"", ["Đà Nẵng"]),
    # a title's places listed together are the places it covers; one alone is the title's
    ("Dự án “Kỹ năng nghề cho thanh niên ở Việt Nam, TP. HCM và Huế” khởi động.",
     ["Việt Nam", "TP. HCM", "Huế"]),
    ("Dự án “Kỹ năng nghề cho thanh niên Việt Nam” khởi động.", []),
    # speech left open on its line, or followed by its speaker, is no title
    ("“Tình hình ở Đà Nẵng đã ổn định, người dân đã yên tâm", ["Đà Nẵng"]),
    ("“Chúng tôi đón đoàn khách từ Cần Thơ”, bà Lan cho biết.", ["Cần Thơ"]),
    ("“Nhiều người về Huế ăn Tết” - ông Minh nói.", ["Huế"]),
    ("Cuộc thi “Vẻ đẹp Hà Giang” do Sở giới thiệu thu hút bạn trẻ.", []),
    ("Chương trình “Xuân về Lạng Sơn”, Đài tỉnh phát sóng hôm qua.", []),
    ("Năm ngoái ông đi Ý, Áo rồi qua Pháp dự hội thảo ở Hà Nội.", ["Ý", "Áo", "Pháp", "Hà Nội"]),
    ("Đoàn đi Nga - Đức - Áo trong mười ngày.", ["Nga", "Đức", "Áo"]),
    # a cue that opens the sentence is capitalised, and still a cue
    ("Tại Mỹ, dịch lan nhanh. Ở Anh, trường học đóng cửa.", ["Mỹ", "Anh"]),
    ("Từ Anh Thư đến Minh Hằng đều đạt giải.", []),
    # foreign cities and regions; a province of China named like a person needs a cue
    ("Bà sống ở Matxcơva rồi sang Scotland và Trung Đông.", ["Matxcơva", "Scotland", "Trung Đông"]),
    ("Anh Hải Nam về quê; hàng từ Hải Nam vào Lạng Sơn.", ["Hải Nam", "Lạng Sơn"]),
    # rural districts without their head word; those named like a person need a cue
    ("Bà 60 tuổi ở Duy Xuyên, Quảng Nam, từng về Quế Sơn.", ["Duy Xuyên", "Quảng Nam", "Quế Sơn"]),
    ("Chị Thanh Hà và anh Vũ Quang dự lớp; đoàn về Thanh Hà rồi sang Vũ Quang.",
     ["Thanh Hà", "Vũ Quang"]),
    # two districts, not the countries "Nga" and "Anh"; "Anh Sơn" is also "brother Sơn"
    ("Chị về Nga Sơn thăm nhà; anh về Anh Sơn.", ["Nga Sơn", "Anh Sơn"]),
    ("Anh Sơn cho biết sẽ về sớm.", []),
    # a cue after a place is still a cue; after another capitalised word it is a name's
    ("Đoàn bay từ Hà Nội sang Pháp rồi từ Việt Nam tới Đức.",
     ["Hà Nội", "Pháp", "Việt Nam", "Đức"]),
    ("Em học Trường Bán trú Đức ở xã bên.", []),
    # the country in brackets after its city
    ("Hội nghị họp ở Paris (Pháp) và Berlin (Đức) năm ngoái.", ["Paris", "Pháp", "Berlin", "Đức"]),
    ("Chị Lê Thị Nga (Hà Nội) phát biểu.", ["Hà Nội"]),
    # the country's initials after a cue; not ending a site's name, nor a team's
    ("Dịch ở VN chậm lại, theo VOV.VN; đội tuyển VN thắng, VN Express đưa tin.", ["VN"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), COUNTRIES)
def test_countries_and_foreign_cities_with_ambiguous_names_in_context(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert places(text, lex) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_texts_name_no_place(text: str, lex: Lexicon) -> None:
    assert places(text, lex) == []


# fmt: off
DISTRICTS = [
    ("Chị Hoa thuê trọ ở Cầu Giấy rồi chuyển về Nha Trang làm việc.", ["Cầu Giấy", "Nha Trang"]),
    ("Phó Thủ tướng Phạm Bình Minh dự lễ tại Tam Kỳ.", ["Tam Kỳ"]),
    ("Bà Lê Thanh Xuân (quận Thanh Xuân) phát biểu.", ["quận Thanh Xuân"]),
    ("Đoàn khảo sát huyện Hòa Vang, thành phố Đà Nẵng.", ["huyện Hòa Vang", "thành phố Đà Nẵng"]),
    ("Mưa lớn ở miền Trung và Tây Nguyên.", ["miền Trung", "Tây Nguyên"]),
    # names of the Central Highlands: a syllable of one capital, an apostrophe
    ("Lớp học mở ở xã Ia Ó và xã Ea H'Mát, huyện Cư M'gar.",
     ["xã Ia Ó", "xã Ea H'Mát", "huyện Cư M'gar"]),
    # regions with "bộ" in lower case, and the Mekong provinces as news calls them
    ("Vắc xin về 8 tỉnh miền Tây; dịch ở khu vực Tây Nam bộ và Bắc Trung bộ giảm.",
     ["miền Tây", "Tây Nam bộ", "Bắc Trung bộ"]),
    ("Gia đình sống ở Phúc Xá, Ba Đình; ông làm việc tại Lê Văn Sỹ, quận 3.",
     ["Phúc Xá", "Ba Đình", "quận 3"]),  # a name with a family name is a street's
    ("Em học trường Bán trú Hoa Sen, huyện Mường Khương.", ["huyện Mường Khương"]),
    ("Văn phòng đặt tại 25 Sơn Tây (phường Kim Mã), số 8 Cần Thơ và năm 2020 Hà Nội.",
     ["phường Kim Mã", "Hà Nội"]),  # after a house number: streets
    ("Từ Quy Nhơn (Bình Định), đoàn đi tiếp đến Đà Lạt.",
     ["Quy Nhơn", "Bình Định", "Đà Lạt"]),  # "Từ" starts the clause: "from"
    ("Hai chuyên gia trở về từ Oman và Quảng Châu (Trung Quốc), quá cảnh ở Abu Dhabi.",
     ["Oman", "Quảng Châu", "Trung Quốc", "Abu Dhabi"]),
    ("Sinh viên du học tại Italy, Cộng hoà Czech và Ghana.",
     ["Italy", "Cộng hoà Czech", "Ghana"]),
    # a name between places of a comma chain is one; a one-syllable one after a cue too
    ("Cô giáo dạy ở xã Tân Mỹ, Lục Ngạn, Bắc Giang.", ["xã Tân Mỹ", "Lục Ngạn", "Bắc Giang"]),
    ("Gia đình ông sống ở Mèo Vạc, Hà Giang và ở Ayun, Gia Lai.",
     ["Mèo Vạc", "Hà Giang", "Ayun", "Gia Lai"]),
    ("Đoàn gặp Lê Văn An, Hà Nội và Trần Thị Mai, Huế.", ["Hà Nội", "Huế"]),
    # an address after "địa chỉ:" and before the province's head word
    ("Người bệnh có địa chỉ: Mường Lát, Thanh Hóa.", ["Mường Lát", "Thanh Hóa"]),
    ("Chị về ở Bảo Yên, tỉnh Lào Cai từ tháng trước.", ["Bảo Yên", "Lào Cai"]),
    # a clause naming a commune, its district and its province; not a shop's name before them
    ("Người bệnh: nữ, 40 tuổi, Hòa Khánh, Liên Chiểu, Đà Nẵng.",
     ["Hòa Khánh", "Liên Chiểu", "Đà Nẵng"]),
    ("Khách ngồi ở quán cà phê Hương Sen, Liên Chiểu, Đà Nẵng.", ["Liên Chiểu", "Đà Nẵng"]),
    # after a cue, the unit a place lies in may follow in brackets; a person's address too
    ("Cháu bé sống ở Đông Xá (thành phố Hải Dương) cùng bà.", ["Đông Xá", "Hải Dương"]),
    ("Bà Lan Anh (xã Hòa Phong, huyện Hòa Vang) và ông Hùng (thôn Đông) dự họp.",
     ["xã Hòa Phong", "huyện Hòa Vang", "thôn Đông"]),
    # or after a comma, in a list of particulars; not a person's name in a list of people
    ("Người bệnh: nam, 52 tuổi, Đông Xá (Ngũ Hành Sơn, Đà Nẵng), là thợ may.",
     ["Đông Xá", "Ngũ Hành Sơn", "Đà Nẵng"]),
    ("Gồm ông Hùng, Lê Minh (Hải Châu, Đà Nẵng) và bà Lan.", ["Hải Châu", "Đà Nẵng"]),
    # a hamlet's name that is also a body's head word: no body is named by a hamlet
    ("Hội Nông dân xã tặng quà người dân thôn Viện, xóm Bộ và thôn Đoàn Kết.",
     ["thôn Viện", "xóm Bộ", "thôn Đoàn Kết"]),
    ("Chủ tịch Hội Phụ nữ thuộc tỉnh Hội dự lễ ở huyện Ba Vì.", ["huyện Ba Vì"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DISTRICTS)
def test_districts_and_towns_named_without_their_head(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert places(text, lex) == expected


def test_a_district_after_its_head_is_the_same_district(lex: Lexicon) -> None:
    bare, headed = place_entry("Cần Giờ", lex), place_entry("huyện Cần Giờ", lex)
    assert bare is not None and bare == headed
    assert place_entry("thành phố Hà Tĩnh", lex) is None  # the city, not the province
    assert place_entry("phường Phước Long", lex) is None  # a ward, not the town
    assert place_entry("thị xã Phước Long", lex) == place_entry("Phước Long", lex)


@pytest.mark.parametrize(
    "text",
    [
        "Hưởng ứng Ngày Công tác xã hội Việt Nam, trung tâm tổ chức nhiều hoạt động.",
        "Hội thi dành cho người cao tuổi Việt Nam và trẻ em Việt Nam khuyết tật.",
    ],
)
def test_a_country_saying_whose_inside_a_phrase_is_no_place(text: str) -> None:
    assert find_places(text, load_lexicon(VOCAB_DIR)) == []


def test_a_country_named_as_a_place_stays_one() -> None:
    found = find_places("Dự án được triển khai tại Việt Nam từ năm 2020.", load_lexicon(VOCAB_DIR))
    assert [s.text for s in found] == ["Việt Nam"]


def test_a_nationality_names_a_country(lex: Lexicon) -> None:
    assert places("Học bổng của một tổ chức quốc tịch Anh trao cho 5 em.", lex) == ["Anh"]


def test_countries_in_their_vietnamese_transliterations(lex: Lexicon) -> None:
    """Older and regional texts spell foreign countries by their sounds, in one word or in
    syllables: each spelling is the one country."""
    text = "Đoàn đã thăm Xingapo, Brunây và Philíppin trước khi sang Ôxtrâylia."
    names = [s.text for s in find_places(text, lex)]
    assert names == ["Xingapo", "Brunây", "Philíppin", "Ôxtrâylia"]
    assert {place_entry(n, lex).canonical for n in names if place_entry(n, lex)} == {
        "Xinh-ga-po",
        "Bru-nây",
        "Phi-líp-pin",
        "Úc",
    }
