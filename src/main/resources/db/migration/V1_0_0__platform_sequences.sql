-- Identifier blocks for JPA's table generator: portable across Derby and PostgreSQL, and it keeps batch inserts.
CREATE TABLE ptdv_id_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('organization', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('organization_lineage', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('membership_stat', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('admission', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('admission_event', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('admission_target', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('admission_target_event', 0);
INSERT INTO ptdv_id_sequence (seq_name, seq_count) VALUES ('term_target', 0);
