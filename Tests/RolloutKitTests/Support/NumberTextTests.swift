import Foundation
import Testing

@testable import RolloutKit

/// Every finite number formats in every form, and the forms agree with what they promise.
@Suite struct NumberTextTests {
  @Test func hugeNumbersAreWrittenInScientificNotation() {
    #expect(NumberText.plain(1e17) == "1e+17")
    #expect(NumberText.twoDecimals(-1e17) == "-1e+17")
    #expect(NumberText.local(1.5e17, comma: ",", group: " ") == "1,5e+17")
    #expect(NumberText.local(-1.5e17, comma: ".", group: ",") == "−1.5e+17")
    #expect(NumberText.local(123_456.789, comma: ",", group: ".") == "123.456,79")
    #expect(NumberText.json(.greatestFiniteMagnitude) == "1.7976931348623157e+308")
    #expect(NumberText.json(.infinity) == "null")
  }

  @Test func aSpanWiderThanTheLargestNumberStillScales() {
    let max = Double.greatestFiniteMagnitude
    #expect(NumberText.position(max, low: -max, high: max) == 1)
    #expect(NumberText.position(-max, low: -max, high: max) == 0)
    #expect(NumberText.position(0, low: -max, high: max) == 0.5)
    #expect(NumberText.percent(.nan) == 0)
  }

  /// Random bit patterns: every finite double, from subnormal to the largest.
  @Test func anyFiniteNumberFormatsInEveryForm() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let d = Double(bitPattern: generator.next())
      guard d.isFinite else { continue }
      #expect(!NumberText.local(d, comma: ",", group: ".").isEmpty)
      #expect(Double(NumberText.plain(d)) == d)
      #expect(Double(NumberText.json(d))?.isFinite == true)
      #expect(Double(NumberText.twoDecimals(d))?.isFinite == true)
    }
  }
}
