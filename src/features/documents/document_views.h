// What the documents' templates read (templates/documents/): a project's documents with the
// upload form, a document with its versions, preview and the form for a new version, and the
// confirmation asked before a deletion. Built in the reader's language.
#pragma once

#include <string>
#include <vector>

#include "web/page.h"

namespace comdev::documents {

struct Choice {
  std::string value, label;
  bool selected = false;
};

struct DocumentRow {
  std::string title, url, kind, version, filename, size, uploaded, thumb_url;
  bool has_thumb = false;
};

struct VersionRow {
  std::string label, filename, size, uploaded, download_url, delete_url;
  bool latest = false;
  bool can_delete = false;
};

// The upload form's fields, shared by both pages (templates/documents/form.html).
struct FormFields {
  std::string csrf, action;
  bool ask_title = true;  // false on a document's page: a new version keeps title and kind
  std::string form_title;
  std::vector<Choice> kinds;
  std::vector<std::string> errors;
};

struct ListView : FormFields {
  web::LayoutView layout;
  std::string project_title, project_url, team_url, notice, usage;
  std::vector<DocumentRow> documents;
  std::string prev_url, next_url;  // the neighbouring pages, "" at an end
  bool can_upload = false;
};

struct DocumentView : FormFields {
  web::LayoutView layout;
  std::string title, kind, project_title, project_url, list_url, notice;
  bool has_preview = false;
  std::string preview_url, preview_alt, latest_download;
  std::vector<VersionRow> versions;
  bool can_upload = false;
  bool can_delete = false;  // the whole document
  std::string delete_url;
};

// The confirmation asked before a version or a document is deleted.
struct DeleteView {
  web::LayoutView layout;
  std::string csrf, action, title, question, project_title, project_url, cancel_url;
};

}  // namespace comdev::documents
