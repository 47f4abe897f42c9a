-- Texts stored for later display name government bodies by their slug beside the default name, so each reader sees
-- the body's name in their own language: an argument {"body": slug, "name": name} instead of the name alone. This
-- turns the names in the steps stored so far into that form, wherever the argument is the name of a body.

UPDATE rte_case x JOIN org_body b ON b.name = JSON_VALUE(x.route_reason_args, '$[0]')
SET x.route_reason_args = JSON_SET(x.route_reason_args, '$[0]', JSON_OBJECT('body', b.slug, 'name', b.name))
WHERE x.route_reason_key IN ('routing.reason.rule', 'routing.reason.addressed', 'routing.reason.referred')
  AND JSON_TYPE(JSON_EXTRACT(x.route_reason_args, '$[0]')) = 'STRING';

UPDATE rte_case_event x JOIN org_body b ON b.name = JSON_VALUE(x.detail_args, '$[0]')
SET x.detail_args = JSON_SET(x.detail_args, '$[0]', JSON_OBJECT('body', b.slug, 'name', b.name))
WHERE x.detail_key IN ('routing.reason.rule', 'routing.reason.addressed', 'routing.reason.referred',
                       'routing.history.escalatedFurther')
  AND JSON_TYPE(JSON_EXTRACT(x.detail_args, '$[0]')) = 'STRING';

UPDATE rte_case_event x JOIN org_body b ON b.name = JSON_VALUE(x.detail_args, '$[1]')
SET x.detail_args = JSON_SET(x.detail_args, '$[1]', JSON_OBJECT('body', b.slug, 'name', b.name))
WHERE x.detail_key = 'routing.history.escalatedToHead'
  AND JSON_TYPE(JSON_EXTRACT(x.detail_args, '$[1]')) = 'STRING';

UPDATE pet_event x JOIN org_body b ON b.name = JSON_VALUE(x.detail_args, '$[0]')
SET x.detail_args = JSON_SET(x.detail_args, '$[0]', JSON_OBJECT('body', b.slug, 'name', b.name))
WHERE x.detail_key IN ('routing.reason.rule', 'routing.reason.addressed', 'routing.reason.referred',
                       'routing.history.escalatedFurther', 'petition.step.body')
  AND JSON_TYPE(JSON_EXTRACT(x.detail_args, '$[0]')) = 'STRING';

UPDATE pet_event x JOIN org_body b ON b.name = JSON_VALUE(x.detail_args, '$[1]')
SET x.detail_args = JSON_SET(x.detail_args, '$[1]', JSON_OBJECT('body', b.slug, 'name', b.name))
WHERE x.detail_key = 'routing.history.escalatedToHead'
  AND JSON_TYPE(JSON_EXTRACT(x.detail_args, '$[1]')) = 'STRING';

UPDATE prp_event x JOIN org_body b ON b.name = JSON_VALUE(x.arguments, '$[0]')
SET x.arguments = JSON_SET(x.arguments, '$[0]', JSON_OBJECT('body', b.slug, 'name', b.name))
WHERE x.message_key LIKE 'proposal.timeline.%' AND x.message_key <> 'proposal.timeline.FORWARDED'
  AND JSON_TYPE(JSON_EXTRACT(x.arguments, '$[0]')) = 'STRING';

UPDATE prp_event x JOIN org_body b ON b.name = JSON_VALUE(x.arguments, '$[1]')
SET x.arguments = JSON_SET(x.arguments, '$[1]', JSON_OBJECT('body', b.slug, 'name', b.name))
WHERE x.message_key = 'proposal.timeline.FORWARDED'
  AND JSON_TYPE(JSON_EXTRACT(x.arguments, '$[1]')) = 'STRING';

UPDATE bud_process_event x JOIN org_body b ON b.name = JSON_VALUE(x.arguments, '$[0]')
SET x.arguments = JSON_SET(x.arguments, '$[0]', JSON_OBJECT('body', b.slug, 'name', b.name))
WHERE x.message_key IN ('budget.timeline.created', 'budget.timeline.imported')
  AND JSON_TYPE(JSON_EXTRACT(x.arguments, '$[0]')) = 'STRING';
