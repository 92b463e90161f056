--liquibase formatted sql

--changeset buyzet:022-share-audiences context:schema
-- A member's sharing setting becomes two (decision 021): whether the other agencies see its own
-- figures, and whether suppliers (and so everyone, the open API and OCDS included) do. The old
-- single flag meant "everyone" when set and "only the lead buyer and moderators" when not; both
-- keep that meaning, so no figure becomes visible to anyone who did not see it before.
alter table buyer_group_member add column visible_to_agencies boolean not null default false;
alter table buyer_group_member add column visible_to_suppliers boolean not null default false;
update buyer_group_member set visible_to_agencies = share_visible, visible_to_suppliers = share_visible;
-- what suppliers and the public see, every agency may read as well: the setting cannot say otherwise
alter table buyer_group_member add constraint buyer_group_member_audiences
    check (visible_to_agencies or not visible_to_suppliers);
alter table buyer_group_member drop column share_visible;
--rollback alter table buyer_group_member add column share_visible boolean not null default false; update buyer_group_member set share_visible = visible_to_suppliers; alter table buyer_group_member drop constraint buyer_group_member_audiences; alter table buyer_group_member drop column visible_to_agencies, drop column visible_to_suppliers;
