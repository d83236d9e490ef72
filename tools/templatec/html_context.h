// HtmlContext: a small HTML tokenizer state machine that follows the literal text of a
// template so the compiler knows, at each {{ }}, whether it sits in text, in a quoted
// attribute value (and which attribute), or somewhere no value may go (<script>, <style>,
// on*= handlers, a tag's name, an unquoted attribute).
//
// It is deliberately smaller than the HTML5 tokenizer: templates are our own files, and
// anything it does not understand is refused rather than guessed.
#pragma once

#include <string>

namespace comdev::templatec {

enum class Escape { text, attr, url, refuse };

class HtmlContext {
 public:
  // Feeds one literal character. Returns an error message ("" if fine): a `javascript:` URL
  // written literally in a URL attribute.
  std::string feed(char c);

  // How a value written here must be escaped; for `refuse`, `why` says what is wrong.
  Escape escape_here(std::string* why) const;

  // Call after a value was written inside an attribute value.
  void note_value_written() { value_ += '\x01'; }

  // Whitespace may be collapsed here (text or between attributes, not in <pre>/<textarea>).
  bool may_collapse_space() const;

  // Same state for the purpose of branches: if/else arms and loop bodies must leave the
  // HTML where they found it.
  bool same_place_as(const HtmlContext& other) const {
    if (state_ != other.state_ || preserve_ != other.preserve_) return false;
    if (state_ == State::text || state_ == State::comment) return true;
    // Between attributes, which attribute came last does not matter.
    if (state_ == State::before_attr || state_ == State::tag_open) return tag_ == other.tag_;
    return tag_ == other.tag_ && attr_ == other.attr_;
  }
  std::string describe() const;

 private:
  enum class State {
    text,
    tag_open,
    tag_name,
    before_attr,
    attr_name,
    after_attr_name,
    before_value,
    value_dq,
    value_sq,
    value_unquoted,
    raw_text,  // inside <script> or <style>
    comment,
    declaration,  // <!DOCTYPE ...>
  };
  void end_of_tag();
  std::string end_of_value();
  bool url_attribute() const;

  State state_ = State::text;
  std::string tag_;
  bool closing_ = false;
  std::string attr_;
  std::string value_;
  std::string recent_;  // last characters, to find "-->" and "</script"
  int preserve_ = 0;    // depth of <pre>/<textarea>
};

}  // namespace comdev::templatec
