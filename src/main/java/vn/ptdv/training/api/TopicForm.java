package vn.ptdv.training.api;

/** Hình thức of a topic: lecture (giảng bài), discussion (thảo luận) or field visit (tham quan thực tế). */
public enum TopicForm {
    LECTURE("Giảng bài"),
    DISCUSSION("Thảo luận"),
    FIELD_VISIT("Tham quan thực tế");

    private final String label;

    TopicForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
