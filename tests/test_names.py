

def test_a_family_name_and_a_given_name_printed_apart():
    from extractor.names import reads_as_family_and_given

    assert reads_as_family_and_given("北条", "正明") and reads_as_family_and_given("井筒", "とし子")
    assert not reads_as_family_and_given("北条", "三雲")  # two family names side by side
    assert not reads_as_family_and_given("北条", "正明委員")


def test_an_office_and_its_head_run_into_a_name_keep_the_head_with_the_office():
    from extractor.names import split_posts_and_names

    assert split_posts_and_names("企画財政課長曽根昭夫") == [("企画財政課長", "曽根昭夫")]


def test_a_family_name_read_as_a_place_before_a_post_is_kept_whole():
    from extractor.names import is_organization, split_family_post

    assert split_family_post("大和田行政課課長補佐") == ("大和田", "行政課課長補佐")
    assert split_family_post("大庭町民生活課長") == ("大庭", "町民生活課長")
    assert is_organization("北浜農業協同組合")


def test_a_representative_is_a_post_after_a_family_name():
    from extractor.names import split_family_post

    assert split_family_post("岡島代表") == ("岡島", "代表")
