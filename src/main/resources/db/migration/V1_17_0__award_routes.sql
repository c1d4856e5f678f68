-- Issue #19 item 6: a campaign's award route and procedure. PARTY (12-HD/BTCTW: chi bộ → đảng ủy cơ sở → Ban Tổ chức
-- → Ban Thường vụ) or STATE (Luật Thi đua, khen thưởng 2022, Nghị định 98/2023/NĐ-CP); FULL, or SIMPLIFIED (thủ tục
-- đơn giản, state route only: a brief achievement summary, no council vote). Existing campaigns keep the party route.
-- The state route names its awarding authority (its Chủ tịch signs) and, optionally, the signer.
ALTER TABLE emu_campaign ADD COLUMN award_route VARCHAR(10) DEFAULT 'PARTY' NOT NULL;
ALTER TABLE emu_campaign ADD COLUMN award_procedure VARCHAR(12) DEFAULT 'FULL' NOT NULL;
ALTER TABLE emu_campaign ADD COLUMN granting_body VARCHAR(300);
ALTER TABLE emu_campaign ADD COLUMN granting_signer VARCHAR(200);
ALTER TABLE emu_campaign ADD CONSTRAINT ck_emu_campaign_route CHECK (award_route IN ('PARTY', 'STATE'));
ALTER TABLE emu_campaign ADD CONSTRAINT ck_emu_campaign_procedure CHECK (award_procedure IN ('FULL', 'SIMPLIFIED')
    AND (award_procedure = 'FULL' OR award_route = 'STATE'));
