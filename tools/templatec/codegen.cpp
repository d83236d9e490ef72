#include "codegen.h"

#include <cctype>
#include <cstdio>

#include "html_context.h"

namespace comdev::templatec {
namespace {

bool is_identifier(const std::string& s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

bool is_integer(const std::string& s) {
  if (s.empty()) return false;
  for (std::size_t i = s[0] == '-' ? 1 : 0; i < s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return s != "-";
}

// A C++ string literal for arbitrary bytes. Octal escapes are always three digits, so the
// next character can never be swallowed into the escape.
std::string cpp_literal(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

class Generator {
 public:
  explicit Generator(const Options& options) : options_(options) {}

  std::string run(const std::vector<Node>& nodes) {
    emit_nodes(nodes);
    flush_text();
    return code_;
  }

 private:
  struct Scope {
    std::string name;     // template name of the loop variable
    std::string cpp;      // C++ name
    std::string counter;  // C++ name of the 1-based index
    bool counter_used = false;
  };

  void emit_nodes(const std::vector<Node>& nodes) {
    for (const Node& n : nodes) emit(n);
  }

  void emit(const Node& n) {
    switch (n.kind) {
      case Node::Kind::text:
        emit_text(n);
        break;
      case Node::Kind::output:
        emit_output(n);
        break;
      case Node::Kind::t:
        emit_t(n);
        break;
      case Node::Kind::block:
        emit_nodes(n.body);
        break;
      case Node::Kind::if_:
        emit_if(n);
        break;
      case Node::Kind::for_:
        emit_for(n);
        break;
    }
  }

  void emit_text(const Node& n) {
    for (char c : n.text) {
      bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (ws && html_.may_collapse_space()) {
        if (last_was_space_) {
          if (c == '\n' && !pending_.empty() && pending_.back() == ' ') pending_.back() = '\n';
          continue;
        }
        c = c == '\n' ? '\n' : ' ';
      }
      last_was_space_ = ws;
      pending_ += c;
      std::string error = html_.feed(c);
      if (!error.empty()) throw CompileError{n.at, error};
    }
  }

  void flush_text() {
    if (pending_.empty()) return;
    code_ += indent() + "out.buf.append(" + cpp_literal(pending_) + ", " +
             std::to_string(pending_.size()) + ");\n";
    pending_.clear();
  }

  void line_directive(const Location& at) {
    code_ += "#line " + std::to_string(at.line) + " " +
             cpp_literal(options_.source_prefix + at.file) + "\n";
  }

  Escape escape_for(const Node& n) {
    std::string why;
    Escape e = html_.escape_here(&why);
    if (e == Escape::refuse) throw CompileError{n.at, why};
    return e;
  }

  void emit_output(const Node& n) {
    Escape e = escape_for(n);
    std::string value = path(n.expr, n.at);
    flush_text();
    line_directive(n.at);
    const char* fn = n.raw               ? "write_raw"
                     : e == Escape::url  ? "write_url"
                     : e == Escape::attr ? "write_attr"
                                         : "write";
    code_ += indent() + "web::" + fn + "(out, " + value + ");\n";
    after_value(e);
  }

  void after_value(Escape e) {
    if (e != Escape::text) html_.note_value_written();
    last_was_space_ = false;
  }

  void emit_t(const Node& n) {
    Escape e = escape_for(n);
    auto key = options_.keys->find(n.name);
    if (key == options_.keys->end()) {
      throw CompileError{n.at, "no key \"" + n.name + "\" in i18n/fr.json"};
    }
    std::string count;
    std::string params;
    for (const auto& [name, value] : n.params) {
      if (!is_identifier(name)) throw CompileError{n.at, "bad parameter name '" + name + "'"};
      std::string v = value_expr(value, n.at);
      if (name == "count") {
        count = v;
        continue;  // plural() formats {count} itself, without a temporary string
      }
      if (!params.empty()) params += ", ";
      params += "{";
      params += cpp_literal(name);
      params += ", web::param(out, " + v + ")}";
    }
    bool plural = key->second;
    if (plural && count.empty()) {
      throw CompileError{n.at, "\"" + n.name + "\" is a plural message: give count=..."};
    }
    if (!plural && !count.empty()) {
      throw CompileError{n.at, "\"" + n.name + "\" is not a plural message in i18n/fr.json"};
    }
    flush_text();
    line_directive(n.at);
    std::string k = cpp_literal(n.name);
    if (plural) {
      code_ += indent() + "web::t_plural(out, " + k + ", web::count_of(" + count + "), {" + params +
               "});\n";
    } else if (!params.empty()) {
      code_ += indent() + "web::t_format(out, " + k + ", {" + params + "});\n";
    } else {
      code_ += indent() + "web::t(out, " + k + ");\n";
    }
    after_value(e);
  }

  void emit_if(const Node& n) {
    flush_text();
    HtmlContext start = html_;
    bool start_space = last_was_space_;
    bool has_else = false;
    bool all_end_in_space = true;
    for (std::size_t i = 0; i < n.branches.size(); ++i) {
      const auto& [cond, body] = n.branches[i];
      html_ = start;
      last_was_space_ = start_space;
      if (cond.empty()) {
        has_else = true;
        code_ += indent() + "} else {\n";
      } else {
        std::string c = condition(cond, n.at);
        line_directive(n.at);
        code_ += indent() + (i == 0 ? "if (" : "} else if (") + c + ") {\n";
      }
      ++depth_;
      HtmlContext arm_start = html_;
      emit_nodes(body);
      flush_text();
      --depth_;
      if (!html_.same_place_as(arm_start)) {
        throw CompileError{n.at, "this {% if %} branch starts " + arm_start.describe() +
                                     " but ends " + html_.describe()};
      }
      all_end_in_space = all_end_in_space && last_was_space_;
    }
    code_ += indent() + "}\n";
    html_ = start;
    // Whitespace after {% endif %} may be dropped only if every way through ended in one.
    last_was_space_ = all_end_in_space && (has_else || start_space);
  }

  void emit_for(const Node& n) {
    if (!is_identifier(n.name) || n.name == "loop") {
      throw CompileError{n.at, "bad loop variable '" + n.name + "'"};
    }
    std::string range = path(n.expr, n.at);
    flush_text();
    int id = ++loops_;
    scopes_.push_back(
        {n.name, "l_" + n.name + "_" + std::to_string(id), "loop_" + std::to_string(id), false});
    std::string saved = std::move(code_);
    code_.clear();
    ++depth_;
    ++depth_;
    HtmlContext start = html_;
    bool start_space = last_was_space_;
    last_was_space_ = false;  // an iteration may follow the previous one's last word
    emit_nodes(n.body);
    flush_text();
    depth_ -= 2;
    if (!html_.same_place_as(start)) {
      throw CompileError{
          n.at, "this {% for %} body starts " + start.describe() + " but ends " + html_.describe()};
    }
    std::string body = std::move(code_);
    code_ = std::move(saved);
    Scope scope = scopes_.back();
    scopes_.pop_back();
    code_ += indent() + "{\n";
    if (scope.counter_used) code_ += indent() + "  std::size_t " + scope.counter + " = 0;\n";
    line_directive(n.at);
    code_ +=
        indent() + "  for ([[maybe_unused]] const auto& " + scope.cpp + " : " + range + ") {\n";
    if (scope.counter_used) code_ += indent() + "    ++" + scope.counter + ";\n";
    code_ += body;
    code_ += indent() + "  }\n" + indent() + "}\n";
    last_was_space_ = start_space && last_was_space_;
  }

  // A value in a condition or parameter: a path, a "string" or an integer.
  std::string value_expr(const std::string& w, const Location& at) {
    if (w.size() >= 2 && w[0] == '"') return cpp_literal(w.substr(1, w.size() - 2));
    if (is_integer(w)) return w;
    return path(w, at);
  }

  // a.b.c -> v.a.b.c, or the loop variable, or the loop counter.
  std::string path(const std::string& expr, const Location& at) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
      std::size_t dot = expr.find('.', start);
      parts.push_back(expr.substr(start, dot - start));
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    for (const auto& p : parts) {
      if (!is_identifier(p)) throw CompileError{at, "'" + expr + "' is not a name.path"};
    }
    if (parts[0] == "loop") {
      if (scopes_.empty()) throw CompileError{at, "loop.* outside {% for %}"};
      Scope& s = scopes_.back();
      s.counter_used = true;
      if (parts.size() == 2 && parts[1] == "index") return s.counter;
      if (parts.size() == 2 && parts[1] == "index0") return "(" + s.counter + " - 1)";
      if (parts.size() == 2 && parts[1] == "first") return "(" + s.counter + " == 1)";
      throw CompileError{at, "known loop fields: loop.index, loop.index0, loop.first"};
    }
    std::string out;
    for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
      if (it->name == parts[0]) {
        out = it->cpp;
        break;
      }
    }
    if (out.empty()) out = "v." + parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i) out += "." + parts[i];
    return out;
  }

  // Grammar: or := and ('or' and)*; and := unary ('and' unary)*; unary := 'not' unary | atom;
  // atom := value (('==' | '!=') "literal")?
  std::string condition(const std::string& text, const Location& at) {
    std::vector<std::string> w = split_words(text, at);
    std::size_t pos = 0;
    std::string c = cond_or(w, pos, at);
    if (pos != w.size()) throw CompileError{at, "unexpected '" + w[pos] + "' in condition"};
    return c;
  }
  std::string cond_or(const std::vector<std::string>& w, std::size_t& pos, const Location& at) {
    std::string c = cond_and(w, pos, at);
    while (pos < w.size() && w[pos] == "or") c += " || " + cond_and(w, ++pos, at);
    return c;
  }
  std::string cond_and(const std::vector<std::string>& w, std::size_t& pos, const Location& at) {
    std::string c = cond_unary(w, pos, at);
    while (pos < w.size() && w[pos] == "and") c += " && " + cond_unary(w, ++pos, at);
    return c;
  }
  std::string cond_unary(const std::vector<std::string>& w, std::size_t& pos, const Location& at) {
    if (pos >= w.size()) throw CompileError{at, "incomplete condition"};
    if (w[pos] == "not") {
      std::string negated = "!";  // appended, not "!" + ...: g++ 12 -O3 -Wrestrict false positive
      negated += cond_unary(w, ++pos, at);
      return negated;
    }
    const std::string& first = w[pos++];
    if (first == "==" || first == "!=" || first == "=" || first == "|") {
      throw CompileError{at, "unexpected '" + first + "' in condition"};
    }
    std::string value = value_expr(first, at);
    if (pos < w.size() && (w[pos] == "==" || w[pos] == "!=")) {
      std::string op = w[pos++];
      if (pos >= w.size() || w[pos][0] != '"') {
        throw CompileError{at, "compare only against \"string literals\""};
      }
      const std::string& quoted = w[pos++];
      std::string lit = cpp_literal(quoted.substr(1, quoted.size() - 2));
      return "(std::string_view(" + value + ") " + op + " std::string_view(" + lit + "))";
    }
    return "web::truthy(" + value + ")";
  }

  std::string indent() const { return std::string(2 + 2 * depth_, ' '); }

  const Options& options_;
  std::string code_;
  std::string pending_;
  HtmlContext html_;
  bool last_was_space_ = false;
  int depth_ = 0;
  int loops_ = 0;
  std::vector<Scope> scopes_;
};

}  // namespace

std::string function_name(const std::string& path) {
  std::string name = path;
  if (name.size() > 5 && name.compare(name.size() - 5, 5, ".html") == 0) {
    name.resize(name.size() - 5);
  }
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

Compiled compile_template(const std::string& path, const Loader& load, const Options& options) {
  Compiled result;
  try {
    std::vector<Node> nodes = parse_template(path, load);
    Generator gen(options);
    std::string body = gen.run(nodes);
    std::string& h = result.header;
    h += "// Generated by templatec from " + options.source_prefix + path + ". Do not edit.\n";
    h += "#pragma once\n\n#include <cstddef>\n#include <string_view>\n\n#include "
         "\"web/render.h\"\n\n";
    h += "namespace comdev::" + options.ns + " {\n\n";
    h += "template <class V>\nvoid " + function_name(path) +
         "(web::Out& out, [[maybe_unused]] const V& v) {\n";
    h += body;
    h += "}\n\n}  // namespace comdev::" + options.ns + "\n";
  } catch (const CompileError& e) {
    result.header.clear();
    result.errors.push_back(e);
  }
  return result;
}

}  // namespace comdev::templatec
