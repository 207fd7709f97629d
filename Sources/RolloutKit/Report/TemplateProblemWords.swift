/// What can be wrong with a report template, or with what a report is asked for, worded in
/// each language.
public enum TemplateProblem: Sendable, Hashable {
  /// The kind of mistake the Mustache library found.
  public enum Mistake: Sendable, Hashable {
    case closesAnotherSection, unfinishedTag, sectionNeverClosed, setDelimiter, pragma
    case inheritance, tagOpenAtEnd
    case other(String)
  }

  /// `library`: what the library reported, at its own line and column.
  case unreadable(Mistake, library: String, line: Int, column: Int)
  case tooDeep(limit: Int)
  case repeatsTooOften(limit: Int)
  case cannotRender(String)
  /// An HTML report from a template that turns escaping off.
  case escapingOff(asked: String)
  /// A Markdown report from an HTML template.
  case htmlTemplate(asked: String)
  case noSuchPhase(String, phases: [String])
}

extension TemplateProblem: Worded {
  public func message(in l: Language) -> String {
    switch self {
    case .unreadable(let mistake, let library, let line, let column):
      return l.say(
        en: "the template cannot be read: \(mistake.words(l)) (the Mustache library reported "
          + "'\(library)' at line \(line), column \(column))",
        fi: "pohjaa ei voi lukea: \(mistake.words(l)) (Mustache-kirjasto ilmoitti "
          + "'\(library)' rivillä \(line), sarakkeessa \(column))",
        nl: "het sjabloon is niet te lezen: \(mistake.words(l)) (de Mustache-bibliotheek meldde "
          + "'\(library)' op regel \(line), kolom \(column))")
    case .tooDeep(let limit):
      return l.say(
        en: "the template nests sections more than \(limit) deep",
        fi: "pohjassa on sisäkkäisiä osioita yli \(limit) tasoa",
        nl: "het sjabloon nest secties meer dan \(limit) diep")
    case .repeatsTooOften(let limit):
      return l.say(
        en: "the template repeats its list sections more than \(limit) times in all (a list "
          + "inside itself, many times over): the report would never end",
        fi: "pohja toistaa luettelo-osioitaan yhteensä yli \(limit) kertaa (luettelo itsensä "
          + "sisällä moneen kertaan): raportti ei päättyisi koskaan",
        nl: "het sjabloon herhaalt zijn lijstsecties in totaal meer dan \(limit) keer (een lijst "
          + "vele malen in zichzelf): het rapport zou nooit eindigen")
    case .cannotRender(let detail):
      return l.say(
        en: "the template cannot be read: \(detail)", fi: "pohjaa ei voi lukea: \(detail)",
        nl: "het sjabloon is niet te lezen: \(detail)")
    case .escapingOff(let asked):
      return l.say(
        en: "this template turns HTML escaping off (CONTENT_TYPE: \(asked)), so notes and "
          + "titles would reach the page unescaped; it looks like a Markdown template",
        fi: "tämä pohja poistaa HTML-merkkien suojauksen (CONTENT_TYPE: \(asked)), jolloin "
          + "havainnot ja otsikot päätyisivät sivulle suojaamatta; se näyttää "
          + "Markdown-pohjalta",
        nl: "dit sjabloon zet HTML-escaping uit (CONTENT_TYPE: \(asked)), zodat notities en "
          + "titels onbewerkt op de pagina komen; het lijkt een Markdown-sjabloon")
    case .htmlTemplate(let asked):
      return l.say(
        en: "this template asks for CONTENT_TYPE: \(asked), but a Markdown report's values "
          + "come already escaped; it looks like an HTML template",
        fi: "tämä pohja pyytää CONTENT_TYPE: \(asked), mutta Markdown-raportin arvot on jo "
          + "suojattu; se näyttää HTML-pohjalta",
        nl: "dit sjabloon vraagt om CONTENT_TYPE: \(asked), maar de waarden van een "
          + "Markdown-rapport zijn al ge-escaped; het lijkt een HTML-sjabloon")
    case .noSuchPhase(let requested, let phases):
      let list = phases.map { "'\($0)'" }.joined(separator: ", ")
      return l.say(
        en: "the plan has no phase '\(requested)'; its phases are \(list)",
        fi: "suunnitelmassa ei ole vaihetta '\(requested)'; sen vaiheet ovat \(list)",
        nl: "het plan heeft geen fase '\(requested)'; de fasen zijn \(list)")
    }
  }

  public func fix(in l: Language) -> String? {
    switch self {
    case .unreadable(let mistake, _, _, _): return mistake.fix(l)
    case .tooDeep:
      return l.say(
        en: "close each {{#section}} before opening many more inside it",
        fi: "sulje jokainen {{#osio}} ennen kuin avaat sen sisään monta uutta",
        nl: "sluit elke {{#sectie}} voordat je er veel nieuwe in opent")
    case .repeatsTooOften:
      return l.say(
        en: "open a list section such as {{#phases}} inside itself only once, or not at all",
        fi: "avaa luettelo-osio, kuten {{#phases}}, itsensä sisällä korkeintaan kerran",
        nl: "open een lijstsectie zoals {{#phases}} hooguit één keer in zichzelf")
    case .cannotRender: return nil
    case .escapingOff:
      return l.say(
        en: "start from the shipped HTML template: rollout report --print-template --format "
          + "html > report.html.mustache, or leave out --format html",
        fi: "aloita mukana tulevasta HTML-pohjasta: rollout report --print-template --format "
          + "html > raportti.html.mustache, tai jätä --format html pois",
        nl: "begin met het meegeleverde HTML-sjabloon: rollout report --print-template "
          + "--format html > rapport.html.mustache, of laat --format html weg")
    case .htmlTemplate(let asked):
      return l.say(
        en: "use it with --format html, or remove the {{% CONTENT_TYPE: \(asked)}} line",
        fi: "käytä sitä valitsimen --format html kanssa tai poista rivi "
          + "{{% CONTENT_TYPE: \(asked)}}",
        nl: "gebruik het met --format html, of verwijder de regel {{% CONTENT_TYPE: \(asked)}}")
    case .noSuchPhase(let requested, let phases):
      if let near = closest(to: requested, among: phases) { return didYouMean(near, l) }
      return l.say(
        en: "name one of the plan's phases with --phase",
        fi: "anna jokin suunnitelman vaiheista valitsimella --phase",
        nl: "noem een van de fasen van het plan met --phase")
    }
  }
}

extension TemplateProblem.Mistake {
  func words(_ l: Language) -> String {
    switch self {
    case .closesAnotherSection:
      return l.say(
        en: "a {{/…}} tag does not close the section opened last",
        fi: "{{/…}}-tagi ei sulje viimeksi avattua osiota",
        nl: "een {{/…}}-tag sluit niet de laatst geopende sectie")
    case .unfinishedTag:
      return l.say(
        en: "a tag is not finished with }}, or its name has a space",
        fi: "tagi ei pääty merkkeihin }} tai sen nimessä on välilyönti",
        nl: "een tag eindigt niet op }}, of de naam bevat een spatie")
    case .sectionNeverClosed:
      return l.say(
        en: "a section is never closed", fi: "osiota ei suljeta koskaan",
        nl: "een sectie wordt nooit gesloten")
    case .setDelimiter:
      return l.say(
        en: "a set-delimiter tag {{=…=}} is malformed", fi: "erotintagi {{=…=}} on virheellinen",
        nl: "een scheidingsteken-tag {{=…=}} is onjuist")
    case .pragma:
      return l.say(
        en: "a {{%…}} pragma is malformed or unknown",
        fi: "{{%…}}-asetus on virheellinen tai tuntematon",
        nl: "een {{%…}}-pragma is onjuist of onbekend")
    case .inheritance:
      return l.say(
        en: "a {{<parent}} inheritance block is malformed",
        fi: "{{<parent}}-periytyslohko on virheellinen",
        nl: "een {{<parent}}-overervingsblok is onjuist")
    case .tagOpenAtEnd:
      return l.say(
        en: "a tag is still open at the end of the file", fi: "tagi on yhä auki tiedoston lopussa",
        nl: "er staat nog een tag open aan het eind van het bestand")
    case .other(let text):
      return text
    }
  }

  func fix(_ l: Language) -> String {
    switch self {
    case .closesAnotherSection:
      return l.say(
        en: "close each {{#name}} or {{^name}} with {{/name}} of the same name, innermost first",
        fi: "sulje jokainen {{#nimi}} tai {{^nimi}} samannimisellä {{/nimi}}-tagilla, "
          + "sisin ensin",
        nl: "sluit elke {{#naam}} of {{^naam}} met {{/naam}} van dezelfde naam, de binnenste "
          + "eerst")
    case .unfinishedTag:
      return l.say(
        en: "end every tag with }} and write names without spaces: {{verdict.word}}",
        fi: "päätä jokainen tagi merkkeihin }} ja kirjoita nimet ilman välilyöntejä: "
          + "{{verdict.word}}",
        nl: "sluit elke tag af met }} en schrijf namen zonder spaties: {{verdict.word}}")
    case .sectionNeverClosed:
      return l.say(
        en: "close every {{#section}} or {{^section}} with a matching {{/section}}",
        fi: "sulje jokainen {{#osio}} tai {{^osio}} vastaavalla {{/osio}}-tagilla",
        nl: "sluit elke {{#sectie}} of {{^sectie}} met een bijpassende {{/sectie}}")
    case .setDelimiter:
      return l.say(
        en: "write it as {{=<% %>=}}: the new opening and closing delimiters, separated by a "
          + "space, between two = signs",
        fi: "kirjoita se muodossa {{=<% %>=}}: uudet alku- ja loppuerottimet välilyönnillä "
          + "erotettuina kahden =-merkin välissä",
        nl: "schrijf het als {{=<% %>=}}: de nieuwe openings- en sluitingstekens, gescheiden "
          + "door een spatie, tussen twee =-tekens")
    case .pragma:
      return l.say(
        en: "remove the {{%…}} line; rollout sets the escaping itself: none for Markdown "
          + "(values come escaped), HTML escaping for --format html",
        fi: "poista {{%…}}-rivi; rollout valitsee suojauksen itse: Markdownille ei mitään "
          + "(arvot tulevat valmiiksi suojattuina), HTML-suojaus valitsimella --format html",
        nl: "verwijder de {{%…}}-regel; rollout regelt de escaping zelf: geen voor Markdown "
          + "(de waarden zijn al ge-escaped), HTML-escaping voor --format html")
    case .inheritance:
      return l.say(
        en: "inside {{<parent}}…{{/parent}} put only {{$block}}…{{/block}} sections",
        fi: "kirjoita {{<parent}}…{{/parent}}-lohkon sisään vain {{$block}}…{{/block}}-osioita",
        nl: "zet binnen {{<parent}}…{{/parent}} alleen {{$block}}…{{/block}}-secties")
    case .tagOpenAtEnd:
      return l.say(
        en: "end the tag with }} (a comment {{! … }} too)",
        fi: "päätä tagi merkkeihin }} (myös kommentti {{! … }})",
        nl: "sluit de tag af met }} (ook een commentaar {{! … }})")
    case .other:
      return l.say(
        en: "compare the tag with a shipped template: rollout report --print-template",
        fi: "vertaa tagia mukana tulevaan pohjaan: rollout report --print-template",
        nl: "vergelijk de tag met een meegeleverd sjabloon: rollout report --print-template")
    }
  }
}
