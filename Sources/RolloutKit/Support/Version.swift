/// rollout's version: `rollout --version`, the release tarball's name and the schema's
/// `$id` all read it from here.
public enum RolloutVersion {
  public static let current = "0.2.0"
}
