#include "html_context.h"

#include <cctype>

namespace comdev::templatec {
namespace {

bool space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool ends_with_ci(const std::string& s, const std::string& suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (lower(s[s.size() - suffix.size() + i]) != suffix[i]) return false;
  }
  return true;
}

}  // namespace

bool HtmlContext::url_attribute() const {
  return attr_ == "href" || attr_ == "src" || attr_ == "action" || attr_ == "formaction" ||
         attr_ == "poster" || attr_ == "cite" || attr_ == "data" || attr_ == "srcset" ||
         attr_ == "xlink:href" || attr_ == "background";
}

void HtmlContext::end_of_tag() {
  if (!closing_ && (tag_ == "script" || tag_ == "style")) {
    state_ = State::raw_text;
    recent_.clear();
    return;
  }
  if (tag_ == "pre" || tag_ == "textarea") preserve_ += closing_ ? -1 : 1;
  if (preserve_ < 0) preserve_ = 0;
  state_ = State::text;
}

std::string HtmlContext::end_of_value() {
  std::string error;
  if (url_attribute()) {
    std::string scheme;
    for (char c : value_) {
      if (space(c)) continue;
      scheme += lower(c);
      if (scheme.size() >= 11) break;
    }
    if (scheme.rfind("javascript:", 0) == 0) error = "javascript: URL in " + attr_ + "=";
  }
  value_.clear();
  state_ = State::before_attr;
  return error;
}

std::string HtmlContext::feed(char c) {
  switch (state_) {
    case State::text:
      if (c == '<') state_ = State::tag_open;
      break;
    case State::tag_open:
      if (c == '/') {
        closing_ = true;
        tag_.clear();
        state_ = State::tag_name;
      } else if (c == '!') {
        recent_ = "<!";
        state_ = State::declaration;
      } else if (std::isalpha(static_cast<unsigned char>(c))) {
        closing_ = false;
        tag_.assign(1, lower(c));
        state_ = State::tag_name;
      } else {
        state_ = State::text;  // a lone '<' in text
      }
      break;
    case State::tag_name:
      if (space(c) || c == '/') {
        state_ = State::before_attr;
      } else if (c == '>') {
        end_of_tag();
      } else {
        tag_ += lower(c);
      }
      break;
    case State::before_attr:
      if (c == '>') {
        end_of_tag();
      } else if (!space(c) && c != '/') {
        attr_.assign(1, lower(c));
        state_ = State::attr_name;
      }
      break;
    case State::attr_name:
      if (c == '=') {
        state_ = State::before_value;
      } else if (space(c)) {
        state_ = State::after_attr_name;
      } else if (c == '>') {
        end_of_tag();
      } else {
        attr_ += lower(c);
      }
      break;
    case State::after_attr_name:
      if (c == '=') {
        state_ = State::before_value;
      } else if (c == '>') {
        end_of_tag();
      } else if (!space(c) && c != '/') {
        attr_.assign(1, lower(c));
        state_ = State::attr_name;
      }
      break;
    case State::before_value:
      value_.clear();
      if (c == '"') {
        state_ = State::value_dq;
      } else if (c == '\'') {
        state_ = State::value_sq;
      } else if (c == '>') {
        end_of_tag();
      } else if (!space(c)) {
        value_ += c;
        state_ = State::value_unquoted;
      }
      break;
    case State::value_dq:
    case State::value_sq:
      if (c == (state_ == State::value_dq ? '"' : '\'')) return end_of_value();
      value_ += c;
      break;
    case State::value_unquoted:
      if (space(c) || c == '>') {
        std::string error = end_of_value();
        if (c == '>') end_of_tag();
        return error;
      }
      value_ += c;
      break;
    case State::raw_text:
      recent_ += c;
      if (recent_.size() > 16) recent_.erase(0, recent_.size() - 16);
      if (ends_with_ci(recent_, "</" + tag_)) {
        closing_ = true;
        state_ = State::tag_name;
      }
      break;
    case State::comment:
      recent_ += c;
      if (recent_.size() > 3) recent_.erase(0, recent_.size() - 3);
      if (recent_ == "-->") state_ = State::text;
      break;
    case State::declaration:
      recent_ += c;
      if (recent_ == "<!--") {
        recent_.clear();
        state_ = State::comment;
      } else if (c == '>') {
        state_ = State::text;
      }
      break;
  }
  return "";
}

Escape HtmlContext::escape_here(std::string* why) const {
  switch (state_) {
    case State::text:
      return Escape::text;
    case State::value_dq:
    case State::value_sq:
      if (attr_.rfind("on", 0) == 0) {
        *why = "values may not be written into event handler attributes (" + attr_ + "=)";
        return Escape::refuse;
      }
      if (attr_ == "style") {
        *why = "values may not be written into style= attributes";
        return Escape::refuse;
      }
      if (url_attribute()) {
        std::string scheme;
        for (char c : value_) {
          if (!space(c)) scheme += lower(c);
        }
        if (scheme.rfind("javascript:", 0) == 0) {
          *why = "javascript: URL in " + attr_ + "=";
          return Escape::refuse;
        }
        return value_.empty() ? Escape::url : Escape::attr;
      }
      return Escape::attr;
    case State::raw_text:
      *why = "values may not be written inside <" + tag_ + ">";
      return Escape::refuse;
    case State::comment:
      *why = "values may not be written inside HTML comments";
      return Escape::refuse;
    case State::value_unquoted:
    case State::before_value:
      *why = "attribute values holding {{ }} must be quoted";
      return Escape::refuse;
    default:
      *why = "values may only go in text or in quoted attribute values";
      return Escape::refuse;
  }
}

bool HtmlContext::may_collapse_space() const {
  return preserve_ == 0 && (state_ == State::text || state_ == State::before_attr);
}

std::string HtmlContext::describe() const {
  switch (state_) {
    case State::text:
      return preserve_ ? "text inside <pre>/<textarea>" : "text";
    case State::raw_text:
      return "inside <" + tag_ + ">";
    case State::value_dq:
    case State::value_sq:
    case State::value_unquoted:
      return "inside the " + attr_ + "= value of <" + tag_ + ">";
    case State::comment:
      return "inside a comment";
    default:
      return "inside the tag <" + tag_ + ">";
  }
}

}  // namespace comdev::templatec
