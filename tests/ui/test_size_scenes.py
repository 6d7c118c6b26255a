"""Lecture -> Scenes: sizes: each shipped scene opens its model, drawing, pinned cell and shape flow, with a
caption in the interface language."""
import pytest

from cnnviz.size_scenes import SIZE_SCENES, scene_caption, scene_model, size_change

PROMISED = {"size-128-126": ((1, 128, 128), (2, 126, 126)), "size-padding": ((1, 28, 28), (2, 28, 28)),
            "size-stride-2": ((1, 28, 28), (2, 14, 14)), "size-upsample-convolve": ((2, 52, 52), (2, 52, 52))}


@pytest.fixture
def window(make_window, qtbot):
    return make_window("lecture-ox", size=(1280, 720))


def test_every_scene_opens_with_the_promised_shapes(window, qtbot):
    scenes = window.size_scenes
    assert [a.text() for a in scenes.menu.actions()] == [scenes.actions[s.key].text() for s in SIZE_SCENES]
    for scene in SIZE_SCENES:
        scenes.actions[scene.key].trigger()                  # as from the Lecture -> Scenes menu
        model = window.model
        assert model.name == scene.key
        assert size_change(model, scene.layer) == PROMISED[scene.key]
        trace = window.session.trace
        assert trace.step(scene.layer).output.shape[1:] == PROMISED[scene.key][1]      # the engine agrees
        assert not window.canvas.is_blank()
        _, h, w = PROMISED[scene.key][1]
        assert window.session.pinned == ("cell", scene.layer, (0, h // 2, w // 2))
        assert window.inspect.architecture_editor.selected_layer == scene.layer
        assert window.inspect.layers_dock.isVisible()
        flow = window.inspect.architecture_editor.flow_label.text()
        assert f"{scene.layer} (conv2d): <b>{' × '.join(map(str, PROMISED[scene.key][1]))}</b>" in flow
        assert scenes.caption == str(scene_caption(scene.key, scene_model(scene.key)))
        assert window.statusBar().currentMessage() == scenes.caption


def test_the_matching_questions_open_the_same_models(window, qtbot):
    window.questions.actions["stride-halves"].trigger()
    assert window.model.shapes()[0] == (2, 14, 14)
    window.questions.actions["upsample-convolve"].trigger()
    assert window.model.shapes()[3] == (2, 52, 52)


def test_titles_and_captions_follow_the_interface_language(window, qtbot):
    for code, words in (("ja", ("ストライド", "パディング")), ("ru", ("Шаг", "Паддинг"))):
        shown = window.set_language(code)
        qtbot.addWidget(shown)
        qtbot.waitExposed(shown)
        titles = [shown.size_scenes.actions[s.key].text() for s in SIZE_SCENES]
        assert words[0] in titles[2] and titles[2] != "Stride 2 halves it"
        for scene in SIZE_SCENES:
            shown.size_scenes.show(scene.key)
            english = str(scene_caption(scene.key, scene_model(scene.key)))
            assert shown.size_scenes.caption != english and "{" not in shown.size_scenes.caption
        assert words[1] in shown.size_scenes.menu.actions()[1].text()
        window = shown.set_language("en")
        qtbot.addWidget(window)
