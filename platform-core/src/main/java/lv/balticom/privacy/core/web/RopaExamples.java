package lv.balticom.privacy.core.web;

/** The example of the record of processing in the OpenAPI document (shortened from a real answer). */
final class RopaExamples {

    static final String RECORD = """
            {"version": 1}""";

    private RopaExamples() {
    }
}
