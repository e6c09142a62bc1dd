package lv.balticom.privacy.consent.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import lv.balticom.privacy.core.api.Localized;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChannelTest {

    @Test
    @DisplayName("POL-38..40: the channels of issue 5, in its order")
    void channelsAreTheIssuesList() {
        assertThat(Arrays.stream(Channel.values()).map(Channel::name)).containsExactly(
                "EMAIL", "SMS", "PHONE_CALL", "POST", "PORTAL", "APP_PUSH", "WHATSAPP", "VIBER", "TELEGRAM", "MESSENGER");
    }

    @Test
    @DisplayName("POL-38..40: every channel has its own non-blank name in Latvian and in English")
    void namesAreDistinctAndNotBlank() {
        assertThat(Arrays.stream(Channel.values()).map(Channel::localizedName).map(Localized::lv))
                .doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(Arrays.stream(Channel.values()).map(Channel::localizedName).map(Localized::en))
                .doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
    }
}
