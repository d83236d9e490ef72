// What the opportunities templates read, built by opportunity_pages.cpp in the reader's
// language: the list with its filters, map and the animators' queue; an opportunity with its
// contact (to those who may read it), the "I'm interested" form and the animators' forms; the
// form of a new opportunity; the member's own requests and opportunities.
#pragma once

#include <string>
#include <vector>

#include "web/page.h"

namespace comdev::opportunities {

struct OptionView {
  std::string value, label;
  bool selected = false;
};

struct FilterView {
  std::string name, label;
  std::vector<OptionView> options;
};

struct CardView {
  std::string url, title, lang, kind, kind_label, place, sector, stage, amount, organisation;
  bool demo = false;
};

struct QueueRow {
  std::string url, title, detail;
};

struct ListView {
  web::LayoutView layout;
  std::string q;
  std::vector<FilterView> filters;
  std::vector<CardView> items;
  std::size_t total = 0;
  bool filtered = false, signed_in = false, can_offer = false;
  std::string prev_url, next_url;
  std::string geojson_url, tiles, leaflet_js, leaflet_css, map_js;
  std::vector<QueueRow> queue_projects, queue_requests;
};

struct RequestView {
  std::string id, member, about, interest, amount, contact, state, state_label, note, when;
  bool can_decide = false, can_withdraw = false;
  std::string introduce_action, decline_action, withdraw_action;
};

struct ShowView {
  web::LayoutView layout;
  std::string csrf, notice;
  std::vector<std::string> errors;
  std::string id, title, lang, kind, kind_label, state, state_label, description_html;
  std::string sector, stage, place, amount, publisher, contact_org, contact, review_note;
  bool published = false, demo = false, show_contact = false;
  bool can_review = false, can_close = false, can_express = false, sign_in_to_express = false;
  bool can_correct = false;  // the author's project sent back: edit it, submit it again
  std::string edit_url, resubmit_action;
  std::string publish_action, send_back_action, close_action, interest_action, sign_in_url;
  std::string note;
  // The interest form, with what was typed when it came back.
  std::string about, interest, amount_typed, reach;
  std::vector<OptionView> currencies;
  std::vector<RequestView> mine, requests;
};

struct FormView {
  web::LayoutView layout;
  std::string csrf, action, kind, heading, intro;
  std::string title, description, amount_min, amount_max, contact;
  std::vector<OptionView> kinds, langs, sectors, stages, communes, currencies, publishers,
      contact_orgs;
  bool needs_publisher = false;
  std::vector<std::string> errors;
};

struct MineRow {
  std::string url, title, state_label, contact, contact_org, note, amount;
  bool introduced = false;
};

struct MineView {
  web::LayoutView layout;
  std::vector<MineRow> requests, written;
};

}  // namespace comdev::opportunities
