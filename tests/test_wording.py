from finsam.wording import join_swedish


def test_join_swedish():
    assert join_swedish([]) == ""
    assert join_swedish(["Gnosjö kommun"]) == "Gnosjö kommun"
    assert join_swedish(["Gnosjö kommun", "Värnamo kommun"]) == "Gnosjö kommun och Värnamo kommun"
    assert join_swedish(["a", "b", "c"]) == "a, b och c"
