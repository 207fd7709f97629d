import RolloutKit

/// The server's own pages: plain HTML with its style inline, no script and nothing loaded
/// from elsewhere, readable on a phone (docs/serve.md).
enum Pages {
  /// What the form shows: the plan's choices, what was typed, and why it was refused.
  struct FormState {
    var plan: Plan
    var week: ISOWeek
    var token: AccessToken
    /// The token's secret, for the links and the form's address.
    var secret: String
    var fields = FormFields()
    var problems: [Diagnostic] = []
    var loggedID: String?
  }

  static func form(_ s: FormState) -> String {
    let w = PageWords(l: s.plan.language)
    let t = "?t=" + urlQuery(s.secret)
    var body = "<h1>\(escape(w.logANote))</h1>\n"
    body += "<p class=\"meta\">\(escape(s.plan.title)) · \(escape(w.week(s.week)))</p>\n"
    if let id = s.loggedID {
      body += "<p class=\"ok\" role=\"status\">\(escape(w.logged(id)))</p>\n"
    }
    if !s.problems.isEmpty {
      body += problems(s.problems, w)
    }
    if s.token.readOnly {
      body += "<p class=\"meta\">\(escape(w.readOnly))</p>\n"
    } else {
      body += fields(s, w, action: "/notes" + t)
    }
    body += "<p class=\"links\"><a href=\"/report\(t)\">\(escape(w.report))</a> · "
    body += "<a href=\"/status.json\(t)\">\(escape(w.status))</a></p>\n"
    return page(title: w.logANote + " · " + s.plan.title, language: w.htmlLanguage, body: body)
  }

  static func problems(_ list: [Diagnostic], _ w: PageWords) -> String {
    var out =
      "<div class=\"problems\" role=\"alert\"><p><strong>\(escape(w.notLogged))</strong></p><ul>"
    for d in list {
      out += "<li>" + escape(d.words.message(in: w.l).asSentence)
      if let fix = d.words.fix(in: w.l, at: .webForm) {
        out += " <span class=\"fix\">" + escape(fix.asSentence) + "</span>"
      }
      out += "</li>"
    }
    return out + "</ul></div>\n"
  }

  static func fields(_ s: FormState, _ w: PageWords, action: String) -> String {
    let f = s.fields
    var out = "<form method=\"post\" action=\"\(escape(action))\" accept-charset=\"utf-8\">\n"
    out += "<label for=\"text\">\(escape(w.text))</label>\n"
    out +=
      "<textarea id=\"text\" name=\"text\" rows=\"6\" required>\(escape(f.values["text"] ?? ""))</textarea>\n"
    out += "<p class=\"meta\">\(escape(w.intro))</p>\n"
    out += "<label for=\"goal\">\(escape(w.goal))</label>\n<select id=\"goal\" name=\"goal\">\n"
    out += option("", w.noGoal, selected: f["goal"])
    for phase in s.plan.phases where phase.goals.contains(where: \.isQualitative) {
      out += "<optgroup label=\"\(escape(phase.title))\">\n"
      for goal in phase.goals where goal.isQualitative {
        out += option(goal.id, goal.title, selected: f["goal"])
      }
      out += "</optgroup>\n"
    }
    out += "</select>\n"
    out += "<label for=\"phase\">\(escape(w.phase))</label>\n<select id=\"phase\" name=\"phase\">\n"
    out += option("", w.currentPhase, selected: f["phase"])
    for phase in s.plan.phases { out += option(phase.id, phase.title, selected: f["phase"]) }
    out += "</select>\n"
    out += "<fieldset><legend>\(escape(w.sentiment))</legend>\n"
    out += radio("", w.unmarked, checked: f["sentiment"] == nil)
    for sentiment in Sentiment.allCases {
      out += radio(
        sentiment.rawValue, w.sentimentWord(sentiment),
        checked: f["sentiment"] == sentiment.rawValue)
    }
    out += "</fieldset>\n"
    out += input("channel", w.channel, f["channel"])
    out += input("tags", w.tags, f["tags"])
    out += input("author", w.author, f["author"], placeholder: w.authorHint(s.token.name))
    out += "<button type=\"submit\">\(escape(w.send))</button>\n</form>\n"
    return out
  }

  static func option(_ value: String, _ label: String, selected: String?) -> String {
    let on = (selected ?? "") == value ? " selected" : ""
    return "<option value=\"\(escape(value))\"\(on)>\(escape(label))</option>\n"
  }

  static func radio(_ value: String, _ label: String, checked: Bool) -> String {
    "<label class=\"choice\"><input type=\"radio\" name=\"sentiment\" value=\"\(escape(value))\""
      + (checked ? " checked" : "") + "> \(escape(label))</label>\n"
  }

  static func input(_ name: String, _ label: String, _ value: String?, placeholder: String? = nil)
    -> String
  {
    "<label for=\"\(name)\">\(escape(label))</label>\n"
      + "<input id=\"\(name)\" name=\"\(name)\" type=\"text\" value=\"\(escape(value ?? ""))\""
      + (placeholder.map { " placeholder=\"\(escape($0))\"" } ?? "") + ">\n"
  }

  /// A page that only says why a request was refused.
  static func refusal(_ list: [Diagnostic], language: Language) -> String {
    let w = PageWords(l: language)
    return page(
      title: w.refused, language: w.htmlLanguage,
      body: "<h1>\(escape(w.refused))</h1>\n" + problems(list, w))
  }

  /// A whole document with the shared style.
  static func page(title: String, language: String, body: String) -> String {
    """
    <!doctype html>
    <html lang="\(language)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>\(escape(title))</title>
    <style>\(style)</style>
    </head>
    <body>
    <main>
    \(body)</main>
    </body>
    </html>

    """
  }

  static let style = """
    body{font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2327;background:#f6f7f7}\
    main{max-width:40rem;margin:0 auto;padding:1rem 1rem 3rem}\
    h1{font-size:1.5rem;margin:.5rem 0}\
    label{display:block;font-weight:600;margin:1rem 0 .3rem}\
    textarea,input[type=text],select{box-sizing:border-box;width:100%;font:inherit;padding:.6rem;border:1px solid #8c8f94;border-radius:6px;background:#fff}\
    fieldset{border:0;padding:0;margin:1rem 0 0}legend{font-weight:600;padding:0;margin-bottom:.3rem}\
    label.choice{display:inline-block;font-weight:400;margin:.2rem 1rem .2rem 0}\
    button{margin-top:1.4rem;width:100%;font:inherit;font-weight:600;padding:.8rem;border:0;border-radius:6px;background:#1e5aa8;color:#fff}\
    .meta{color:#50575e;font-size:.9rem;margin:.3rem 0}\
    .ok{background:#e7f5ea;border-left:4px solid #2e7d32;padding:.6rem .8rem}\
    .problems{background:#fcf0f1;border-left:4px solid #b32d2e;padding:.2rem .8rem}\
    .fix{color:#50575e}.links{margin-top:2rem}
    """

  /// Text for HTML content and attribute values: the library's one HTML escape.
  static func escape(_ s: String) -> String { HTMLEscape.text(s) }

  /// A value for a query string: RFC 3986's unreserved bytes as they are, others as `%XX`.
  static func urlQuery(_ s: String) -> String {
    let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for b in s.utf8 {
      if unreserved.contains(b) {
        out.append(b)
      } else {
        out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

}
