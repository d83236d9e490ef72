#include "parser.h"

#include <cctype>
#include <map>

namespace comdev::templatec {
namespace {

struct Token {
  enum class Kind { text, expr, stmt } kind;
  std::string content;  // trimmed inside of {{ }} / {% %}, or the literal text
  int line;
};

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

int count_lines(std::string_view s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

std::vector<Token> lex(const std::string& src, const std::string& file) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  int line = 1;
  while (i < src.size()) {
    std::size_t open = src.find('{', i);
    while (open != std::string::npos && open + 1 < src.size() && src[open + 1] != '{' &&
           src[open + 1] != '%' && src[open + 1] != '#') {
      open = src.find('{', open + 1);
    }
    if (open == std::string::npos || open + 1 >= src.size()) {
      tokens.push_back({Token::Kind::text, src.substr(i), line});
      break;
    }
    if (open > i) {
      tokens.push_back({Token::Kind::text, src.substr(i, open - i), line});
      line += count_lines(std::string_view(src).substr(i, open - i));
    }
    char kind = src[open + 1];
    const char* close_mark = kind == '{' ? "}}" : kind == '%' ? "%}" : "#}";
    std::size_t close = src.find(close_mark, open + 2);
    if (close == std::string::npos) {
      throw CompileError{{file, line}, std::string("unclosed '{") + kind + "'"};
    }
    std::string inside = src.substr(open + 2, close - open - 2);
    if (kind == '{') tokens.push_back({Token::Kind::expr, trim(inside), line});
    if (kind == '%') tokens.push_back({Token::Kind::stmt, trim(inside), line});
    line += count_lines(inside);
    i = close + 2;
  }
  return tokens;
}

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
}

class Parser {
 public:
  Parser(const Loader& load, int depth) : load_(load), depth_(depth) {}

  std::vector<Node> parse_file(const std::string& path, const Location& from) {
    if (depth_ > 16) throw CompileError{from, "includes nested too deeply (a cycle?)"};
    std::optional<std::string> src = load_(path);
    if (!src) throw CompileError{from, "no template '" + path + "'"};
    file_ = path;
    tokens_ = lex(*src, path);
    pos_ = 0;
    // {% extends %} must come first (whitespace and comments aside).
    for (std::size_t k = 0; k < tokens_.size(); ++k) {
      const Token& tk = tokens_[k];
      if (tk.kind == Token::Kind::text && trim(tk.content).empty()) continue;
      if (tk.kind == Token::Kind::stmt) {
        auto w = split_words(tk.content, {file_, tk.line});
        if (!w.empty() && w[0] == "extends") return parse_extending(w, {file_, tk.line}, k + 1);
      }
      break;
    }
    std::string stop;
    auto nodes = parse_until({}, stop);
    return nodes;
  }

 private:
  std::vector<Node> parse_extending(const std::vector<std::string>& w, const Location& at,
                                    std::size_t next) {
    if (w.size() != 2 || !is_string(w[1]))
      throw CompileError{at, "expected {% extends \"name\" %}"};
    pos_ = next;
    std::string stop;
    std::vector<Node> page = parse_until({}, stop);
    std::map<std::string, std::vector<Node>> blocks;
    for (Node& n : page) {
      if (n.kind == Node::Kind::block) {
        blocks[n.name] = std::move(n.body);
      } else if (n.kind != Node::Kind::text || !trim(n.text).empty()) {
        throw CompileError{n.at, "a page that extends a layout may only contain blocks"};
      }
    }
    Parser layout(load_, depth_ + 1);
    std::vector<Node> nodes = layout.parse_file(template_path(unquote(w[1])), at);
    std::size_t used = 0;
    fill_blocks(nodes, blocks, used);
    if (used != blocks.size()) {
      for (auto& [name, body] : blocks) {
        if (!has_block(nodes, name)) {
          throw CompileError{at, "the layout has no block '" + name + "'"};
        }
      }
    }
    return nodes;
  }

  static bool has_block(const std::vector<Node>& nodes, const std::string& name) {
    for (const Node& n : nodes) {
      if (n.kind == Node::Kind::block && n.name == name) return true;
      if (has_block(n.body, name)) return true;
      for (const auto& b : n.branches) {
        if (has_block(b.second, name)) return true;
      }
    }
    return false;
  }

  static void fill_blocks(std::vector<Node>& nodes,
                          std::map<std::string, std::vector<Node>>& blocks, std::size_t& used) {
    for (Node& n : nodes) {
      if (n.kind == Node::Kind::block) {
        auto it = blocks.find(n.name);
        if (it != blocks.end()) {
          n.body = it->second;
          ++used;
          continue;
        }
      }
      fill_blocks(n.body, blocks, used);
      for (auto& b : n.branches) fill_blocks(b.second, blocks, used);
    }
  }

  static bool is_string(const std::string& w) { return w.size() >= 2 && w[0] == '"'; }
  static std::string unquote(const std::string& w) { return w.substr(1, w.size() - 2); }
  static std::string template_path(std::string name) {
    if (name.size() < 5 || name.compare(name.size() - 5, 5, ".html") != 0) name += ".html";
    return name;
  }

  // Parses nodes until a {% %} whose first word is in `stops` (returned in `stop`, the token
  // consumed) or the end of the file (stop stays empty).
  std::vector<Node> parse_until(const std::vector<std::string>& stops, std::string& stop) {
    std::vector<Node> nodes;
    while (pos_ < tokens_.size()) {
      const Token tk = tokens_[pos_++];
      Location at{file_, tk.line};
      if (tk.kind == Token::Kind::text) {
        Node n;
        n.kind = Node::Kind::text;
        n.at = at;
        n.text = tk.content;
        nodes.push_back(std::move(n));
        continue;
      }
      auto w = split_words(tk.content, at);
      if (w.empty()) throw CompileError{at, "empty tag"};
      if (tk.kind == Token::Kind::expr) {
        nodes.push_back(parse_output(w, at));
        continue;
      }
      for (const auto& s : stops) {
        if (w[0] == s) {
          stop = s;
          last_stop_words_ = w;
          last_stop_at_ = at;
          return nodes;
        }
      }
      const std::string& tag = w[0];
      if (tag == "if") {
        nodes.push_back(parse_if(w, at));
      } else if (tag == "for") {
        nodes.push_back(parse_for(w, at));
      } else if (tag == "block") {
        if (w.size() != 2) throw CompileError{at, "expected {% block name %}"};
        Node n;
        n.kind = Node::Kind::block;
        n.at = at;
        n.name = w[1];
        std::string s;
        n.body = parse_until({"endblock"}, s);
        if (s.empty()) throw CompileError{at, "{% block %} without {% endblock %}"};
        nodes.push_back(std::move(n));
      } else if (tag == "include") {
        if (w.size() != 2 || !is_string(w[1])) {
          throw CompileError{at, "expected {% include \"name\" %}"};
        }
        Parser inner(load_, depth_ + 1);
        for (Node& n : inner.parse_file(template_path(unquote(w[1])), at)) {
          nodes.push_back(std::move(n));
        }
      } else if (tag == "t") {
        nodes.push_back(parse_t(w, at));
      } else if (tag == "extends") {
        throw CompileError{at, "{% extends %} must be the first tag of a template"};
      } else if (tag == "endif" || tag == "endfor" || tag == "endblock" || tag == "else" ||
                 tag == "elif") {
        throw CompileError{at, "{% " + tag + " %} without a matching opening tag"};
      } else {
        throw CompileError{at, "unknown tag {% " + tag + " %}"};
      }
    }
    return nodes;
  }

  Node parse_output(const std::vector<std::string>& w, const Location& at) {
    Node n;
    n.kind = Node::Kind::output;
    n.at = at;
    if (w.size() == 1) {
      n.expr = w[0];
    } else if (w.size() == 3 && w[1] == "|" && w[2] == "raw") {
      n.expr = w[0];
      n.raw = true;
    } else {
      throw CompileError{at, "expected {{ name.path }} or {{ name.path | raw }}"};
    }
    return n;
  }

  Node parse_if(const std::vector<std::string>& w, const Location& at) {
    Node n;
    n.kind = Node::Kind::if_;
    n.at = at;
    std::string cond = join(w, 1);
    if (cond.empty()) throw CompileError{at, "{% if %} needs a condition"};
    bool seen_else = false;
    while (true) {
      std::string stop;
      std::vector<Node> body = parse_until({"elif", "else", "endif"}, stop);
      if (stop.empty()) throw CompileError{at, "{% if %} without {% endif %}"};
      n.branches.emplace_back(cond, std::move(body));
      if (stop == "endif") break;
      if (seen_else) throw CompileError{last_stop_at_, "{% " + stop + " %} after {% else %}"};
      if (stop == "else") {
        seen_else = true;
        cond = "";
      } else {
        cond = join(last_stop_words_, 1);
        if (cond.empty()) throw CompileError{last_stop_at_, "{% elif %} needs a condition"};
      }
    }
    return n;
  }

  Node parse_for(const std::vector<std::string>& w, const Location& at) {
    if (w.size() != 4 || w[2] != "in") throw CompileError{at, "expected {% for x in a.list %}"};
    Node n;
    n.kind = Node::Kind::for_;
    n.at = at;
    n.name = w[1];
    n.expr = w[3];
    std::string stop;
    n.body = parse_until({"endfor"}, stop);
    if (stop.empty()) throw CompileError{at, "{% for %} without {% endfor %}"};
    return n;
  }

  Node parse_t(const std::vector<std::string>& w, const Location& at) {
    if (w.size() < 2 || !is_string(w[1])) throw CompileError{at, "expected {% t \"key\" %}"};
    Node n;
    n.kind = Node::Kind::t;
    n.at = at;
    n.name = unquote(w[1]);
    for (std::size_t k = 2; k < w.size(); k += 3) {
      if (k + 2 >= w.size() || w[k + 1] != "=") {
        throw CompileError{at, "expected name=value parameters after the key"};
      }
      n.params.emplace_back(w[k], w[k + 2]);
    }
    return n;
  }

  static std::string join(const std::vector<std::string>& w, std::size_t from) {
    std::string s;
    for (std::size_t k = from; k < w.size(); ++k) {
      if (!s.empty()) s += ' ';
      s += w[k];
    }
    return s;
  }

  const Loader& load_;
  int depth_;
  std::string file_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::vector<std::string> last_stop_words_;
  Location last_stop_at_;
};

}  // namespace

std::vector<std::string> split_words(const std::string& inside, const Location& at) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < inside.size()) {
    char c = inside[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '"' || c == '\'') {
      std::size_t end = inside.find(c, i + 1);
      if (end == std::string::npos) throw CompileError{at, "unterminated string literal"};
      std::string body = inside.substr(i + 1, end - i - 1);
      if (body.find_first_of("\"\\\n") != std::string::npos) {
        throw CompileError{at, "string literals may not contain quotes or backslashes"};
      }
      words.push_back("\"" + body + "\"");  // normalised to double quotes
      i = end + 1;
    } else if ((c == '=' || c == '!') && i + 1 < inside.size() && inside[i + 1] == '=') {
      words.push_back(inside.substr(i, 2));
      i += 2;
    } else if (c == '=' || c == '|') {
      words.emplace_back(1, c);
      ++i;
    } else if (is_name_char(c)) {
      std::size_t b = i;
      while (i < inside.size() && is_name_char(inside[i])) ++i;
      words.push_back(inside.substr(b, i - b));
    } else {
      throw CompileError{at, std::string("unexpected character '") + c + "'"};
    }
  }
  return words;
}

std::vector<Node> parse_template(const std::string& path, const Loader& load) {
  Parser p(load, 0);
  return p.parse_file(path, {path, 0});
}

}  // namespace comdev::templatec
