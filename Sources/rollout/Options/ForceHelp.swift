import ArgumentParser

/// The help of `--force` on each writing command: what it lets through there, and what it
/// does not (docs/journal.md). A repeated value or note is `--again`, never `--force`.
enum ForceHelp {
  static let metric = ArgumentHelp(
    """
    Log it even when the value is outside the metric's 'range:' (a probable typo), the week \
    is still to come, or the channel name is new and close to a known one. A value already \
    logged is --again.
    """)

  static let note = ArgumentHelp(
    """
    Log it even when its phase is locked, the week is still to come, or the channel name is \
    new and close to a known one. The same note again is --again.
    """)

  static let assess = ArgumentHelp(
    """
    Log it even when the goal's phase is locked or the week is still to come.
    """)

  static let decide = ArgumentHelp(
    """
    Log it even when the week is still to come, or comes before a later decision in the \
    journal. A decision about a phase that is locked, already passed or stopped in its week \
    is refused even with --force.
    """)

  static let retract = ArgumentHelp(
    """
    Log the withdrawal even when the week is still to come.
    """)

  static let importFile = ArgumentHelp(
    """
    Log the file even when a value is outside its metric's 'range:', a week is still to \
    come, or a channel name is new and close to a known one. Values already logged are \
    --again.
    """)
}
