// The OpenAPI description of the mobilisation API (mobilisation_api.cpp registers each route
// with its text). The pages and the API share forms and use cases (mobilisation_forms.h).
#pragma once

#include <string_view>

#include "web/api_doc.h"

namespace comdev::mobilisation::api_doc {

inline void describe_components(web::ApiDoc& doc) {
  doc.add_component("schemas", "Invitation", R"json({
  "type": "object",
  "description": "An invitation from the carrier side to an expert; it freezes the matching score and reasons of the moment it was sent. It stays open 7 days (COMDEV_INVITATION_DAYS), then expires with a notice to both sides.",
  "required": ["id", "need_id", "expert", "status", "score", "reasons", "created_at", "expires_at", "answered_at"],
  "properties": {
    "id": {"type": "integer"},
    "need_id": {"type": "integer"},
    "expert": {"type": "object", "required": ["id", "display_name"], "properties": {"id": {"type": "integer"}, "display_name": {"type": "string"}}},
    "status": {"type": "string", "enum": ["open", "offered", "declined", "expired", "withdrawn"]},
    "score": {"type": "number"},
    "reasons": {"type": "array", "items": {"$ref": "#/components/schemas/MatchReason"}},
    "created_at": {"type": "string", "format": "date-time"},
    "expires_at": {"type": "string", "format": "date-time"},
    "answered_at": {"type": ["string", "null"], "format": "date-time"}
  }
})json");
  doc.add_component("schemas", "Offer", R"json({
  "type": "object",
  "description": "An expert's offer of help on a need (answering an invitation or not). The carrier side accepts it with a role (the expert joins the project's team and a skill need becomes satisfied) or declines it with a note.",
  "required": ["id", "need_id", "expert", "invitation_id", "message", "status", "created_at", "expires_at", "answered_at", "answer_note"],
  "properties": {
    "id": {"type": "integer"},
    "need_id": {"type": "integer"},
    "expert": {"type": "object", "required": ["id", "display_name"], "properties": {"id": {"type": "integer"}, "display_name": {"type": "string"}}},
    "invitation_id": {"type": ["integer", "null"]},
    "message": {"type": "string"},
    "status": {"type": "string", "enum": ["open", "accepted", "declined", "expired", "withdrawn"]},
    "created_at": {"type": "string", "format": "date-time"},
    "expires_at": {"type": "string", "format": "date-time"},
    "answered_at": {"type": ["string", "null"], "format": "date-time"},
    "answer_note": {"type": "string"}
  }
})json");
}

// POST /api/v1/needs/{id}/invitations
inline constexpr std::string_view kInvite = R"json({
  "operationId": "inviteExpert",
  "tags": ["mobilisation"],
  "summary": "Invite an expert to a need",
  "description": "For the carrier side (verified representatives of the project's carrier, animators, administrators). The expert gets an e-mail in their language. Refused (422, with the reason in `fields.expert_id` when it is about the expert) when the need takes no more help, the expert is unknown, opted out or not in the pool, was already invited, or already holds 3 open invitations.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["expert_id"], "properties": {"expert_id": {"type": ["integer", "string"], "description": "The member's id."}, "message": {"type": "string", "maxLength": 2000}}},
    "example": {"expert_id": 23, "message": "Bonjour, votre expérience en assainissement nous aiderait beaucoup."}
  }}},
  "responses": {
    "201": {"description": "The invitation.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Invitation"}, "example": {"id": 5, "need_id": 31, "expert": {"id": 23, "display_name": "Nadia B."}, "status": "open", "score": 0.874, "reasons": [{"code": "covers_skills", "a": 1, "b": 1}], "created_at": "2026-12-05T09:00:00Z", "expires_at": "2026-12-12T09:00:00Z", "answered_at": null}}}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/invitations/{id}/decline
inline constexpr std::string_view kDeclineInvitation = R"json({
  "operationId": "declineInvitation",
  "tags": ["mobilisation"],
  "summary": "Decline an invitation",
  "description": "For the invited expert, while the invitation is open. No body. An invitation moves once: answering it again is refused (422).",
  "security": [{"bearer": []}],
  "responses": {
    "200": {"description": "The invitation, declined.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Invitation"}}}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/needs/{id}/offers
inline constexpr std::string_view kOffer = R"json({
  "operationId": "offerHelp",
  "tags": ["mobilisation"],
  "summary": "Offer help on a need",
  "description": "For any signed-in member, invited or not (an invited expert's offer answers the invitation). The carrier side gets an e-mail. One offer per expert and need: a second one is refused (422), so a retried request cannot make two.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string", "minLength": 1, "maxLength": 2000}}},
    "example": {"message": "J'ai conduit deux études semblables dans la vallée du Souss ; je peux venir en août."}
  }}},
  "responses": {
    "201": {"description": "The offer.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Offer"}, "example": {"id": 8, "need_id": 31, "expert": {"id": 23, "display_name": "Nadia B."}, "invitation_id": 5, "message": "J'ai conduit deux études semblables dans la vallée du Souss ; je peux venir en août.", "status": "open", "created_at": "2026-12-06T18:00:00Z", "expires_at": "2026-12-13T18:00:00Z", "answered_at": null, "answer_note": ""}}}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/offers/{id}/accept
inline constexpr std::string_view kAccept = R"json({
  "operationId": "acceptOffer",
  "tags": ["mobilisation"],
  "summary": "Accept an offer with a role",
  "description": "For the carrier side, never the offer's own author. The expert joins the project's team with `role`; the need becomes satisfied and what is still open on it is withdrawn.",
  "security": [{"bearer": []}],
  "requestBody": {"required": true, "content": {"application/json": {
    "schema": {"type": "object", "required": ["role"], "properties": {"role": {"type": "string", "minLength": 1, "maxLength": 100}}},
    "example": {"role": "étude d'assainissement"}
  }}},
  "responses": {
    "200": {"description": "The offer, accepted.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Offer"}}}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/offers/{id}/decline
inline constexpr std::string_view kDeclineOffer = R"json({
  "operationId": "declineOffer",
  "tags": ["mobilisation"],
  "summary": "Decline an offer",
  "description": "For the carrier side. The note, if any, is sent to the expert.",
  "security": [{"bearer": []}],
  "requestBody": {"required": false, "content": {"application/json": {
    "schema": {"type": "object", "properties": {"note": {"type": "string", "maxLength": 1000}}},
    "example": {"note": "Merci ! L'étude a déjà trouvé son équipe."}
  }}},
  "responses": {
    "200": {"description": "The offer, declined.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Offer"}}}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// POST /api/v1/offers/{id}/withdraw
inline constexpr std::string_view kWithdraw = R"json({
  "operationId": "withdrawOffer",
  "tags": ["mobilisation"],
  "summary": "Withdraw one's own offer",
  "description": "For the offer's author, while it is open. No body.",
  "security": [{"bearer": []}],
  "responses": {
    "200": {"description": "The offer, withdrawn.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Offer"}}}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"},
    "422": {"$ref": "#/components/responses/Invalid"}
  }
})json";

// GET /api/v1/needs/{id}/mobilisation
inline constexpr std::string_view kMobilisation = R"json({
  "operationId": "getNeedMobilisation",
  "tags": ["mobilisation"],
  "summary": "Invitations and offers of a need, with its answer times",
  "description": "For the carrier side. `time_to_first_answer_seconds`: from the first invitation or offer to the first answer (null before one); `usual_answer_seconds`: the median of the carrier's last 20 answers, from 3 answers on.",
  "security": [{"bearer": []}],
  "responses": {
    "200": {"description": "The need's mobilisation.", "content": {"application/json": {
      "schema": {"type": "object", "required": ["need_id", "status", "invitations", "offers", "time_to_first_answer_seconds", "usual_answer_seconds"], "properties": {
        "need_id": {"type": "integer"},
        "status": {"$ref": "#/components/schemas/NeedStatus"},
        "invitations": {"type": "array", "items": {"$ref": "#/components/schemas/Invitation"}},
        "offers": {"type": "array", "items": {"$ref": "#/components/schemas/Offer"}},
        "time_to_first_answer_seconds": {"type": ["integer", "null"]},
        "usual_answer_seconds": {"type": ["integer", "null"]}
      }},
      "example": {"need_id": 31, "status": "discussion", "invitations": [{"id": 5, "need_id": 31, "expert": {"id": 23, "display_name": "Nadia B."}, "status": "offered", "score": 0.874, "reasons": [{"code": "covers_skills", "a": 1, "b": 1}], "created_at": "2026-12-05T09:00:00Z", "expires_at": "2026-12-12T09:00:00Z", "answered_at": "2026-12-06T18:00:00Z"}], "offers": [{"id": 8, "need_id": 31, "expert": {"id": 23, "display_name": "Nadia B."}, "invitation_id": 5, "message": "Je peux venir en août.", "status": "open", "created_at": "2026-12-06T18:00:00Z", "expires_at": "2026-12-13T18:00:00Z", "answered_at": null, "answer_note": ""}], "time_to_first_answer_seconds": 118800, "usual_answer_seconds": null}
    }}},
    "401": {"$ref": "#/components/responses/Unauthenticated"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "404": {"$ref": "#/components/responses/NotFound"}
  }
})json";

}  // namespace comdev::mobilisation::api_doc
