package vn.ptdv.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.ptdv.training.api.TopicForm;

/** Chuyên đề of a guide's programme: its order, title, periods (tiết) and form. */
@Embeddable
public class GuideTopic {

    @Column(name = "topic_order", nullable = false)
    private int topicOrder;
    @Column(nullable = false, length = 500)
    private String title;
    @Column(nullable = false)
    private int periods;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TopicForm form;

    protected GuideTopic() {
    }

    public GuideTopic(int topicOrder, String title, int periods, TopicForm form) {
        this.topicOrder = topicOrder;
        this.title = title;
        this.periods = periods;
        this.form = form;
    }

    public int getTopicOrder() {
        return topicOrder;
    }

    public String getTitle() {
        return title;
    }

    public int getPeriods() {
        return periods;
    }

    public TopicForm getForm() {
        return form;
    }
}
