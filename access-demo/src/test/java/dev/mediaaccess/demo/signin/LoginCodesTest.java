package dev.mediaaccess.demo.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediaaccess.core.common.AccessRefused;
import dev.mediaaccess.core.common.DisplayName;
import dev.mediaaccess.core.common.EmailAddress;
import dev.mediaaccess.core.common.ErrorCode;
import dev.mediaaccess.testkit.fixtures.MutableClock;
import dev.mediaaccess.testkit.fixtures.TestSecrets;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class LoginCodesTest {
    private static final EmailAddress ADA = EmailAddress.parse("ada@example.com");
    private static final DisplayName ADA_NAME = DisplayName.parse("Ada");

    private final MutableClock clock = MutableClock.atTestNow();
    private final LoginCodes codes = new LoginCodes(TestSecrets.tokens(), clock, Duration.ofMinutes(10), 3);

    @Test
    void the_right_code_signs_in_the_verified_email_once() {
        LoginCodes.Issued issued = codes.issue(ADA, ADA_NAME);

        DemoUser user = codes.verify(ADA, " " + issued.code() + " ");

        assertThat(issued.code()).matches("[0-9]{6}");
        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(user).isEqualTo(DemoUser.of(ADA, ADA_NAME));
        assertThat(user.principal().verifiedEmail()).contains(ADA);
        assertRefused(() -> codes.verify(ADA, issued.code()), ErrorCode.CODE_INVALID);
    }

    @Test
    void the_same_email_always_gets_the_same_user_id_and_other_emails_other_ids() {
        assertThat(DemoUser.idFor(ADA)).isEqualTo(DemoUser.idFor(EmailAddress.parse("ADA@example.com")));
        assertThat(DemoUser.idFor(ADA)).isNotEqualTo(DemoUser.idFor(EmailAddress.parse("bob@example.com")));
        assertThat(DemoUser.idFor(ADA).value()).doesNotContain("ada");
    }

    @Test
    void a_code_for_one_email_does_not_sign_in_another() {
        LoginCodes.Issued issued = codes.issue(ADA, ADA_NAME);
        codes.issue(EmailAddress.parse("bob@example.com"), DisplayName.parse("Bob"));

        assertRefused(() -> codes.verify(EmailAddress.parse("bob@example.com"), issued.code()), ErrorCode.CODE_INVALID);
    }

    @Test
    void wrong_codes_use_up_the_tries_and_then_even_the_right_code_is_refused() {
        LoginCodes.Issued issued = codes.issue(ADA, ADA_NAME);
        String wrong = issued.code().equals("000000") ? "111111" : "000000";

        assertRefused(() -> codes.verify(ADA, wrong), ErrorCode.CODE_INVALID);
        assertRefused(() -> codes.verify(ADA, wrong), ErrorCode.CODE_INVALID);
        assertRefused(() -> codes.verify(ADA, wrong), ErrorCode.CODE_ATTEMPTS_EXHAUSTED);
        assertRefused(() -> codes.verify(ADA, issued.code()), ErrorCode.CODE_ATTEMPTS_EXHAUSTED);
    }

    @Test
    void a_new_code_replaces_the_old_one() {
        LoginCodes.Issued first = codes.issue(ADA, ADA_NAME);
        LoginCodes.Issued second = codes.issue(ADA, ADA_NAME);

        assertThat(second.code()).isNotEqualTo(first.code());
        assertRefused(() -> codes.verify(ADA, first.code()), ErrorCode.CODE_INVALID);
        assertThat(codes.verify(ADA, second.code()).email()).isEqualTo(ADA);
    }

    @Test
    void a_new_code_gets_the_full_number_of_tries() {
        LoginCodes.Issued first = codes.issue(ADA, ADA_NAME);
        String wrong = first.code().equals("000000") ? "111111" : "000000";
        assertRefused(() -> codes.verify(ADA, wrong), ErrorCode.CODE_INVALID);
        assertRefused(() -> codes.verify(ADA, wrong), ErrorCode.CODE_INVALID);
        LoginCodes.Issued second = codes.issue(ADA, ADA_NAME);
        String wrongAgain = second.code().equals("000000") ? "111111" : "000000";

        assertRefused(() -> codes.verify(ADA, wrongAgain), ErrorCode.CODE_INVALID);
        assertRefused(() -> codes.verify(ADA, wrongAgain), ErrorCode.CODE_INVALID);
        assertThat(codes.verify(ADA, second.code()).email()).isEqualTo(ADA);
    }

    @Test
    void an_expired_code_is_refused() {
        LoginCodes.Issued issued = codes.issue(ADA, ADA_NAME);
        clock.advance(Duration.ofMinutes(10));

        assertRefused(() -> codes.verify(ADA, issued.code()), ErrorCode.CODE_EXPIRED);
    }

    @Test
    void a_code_is_still_good_just_before_it_expires() {
        LoginCodes.Issued issued = codes.issue(ADA, ADA_NAME);
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));

        assertThat(codes.verify(ADA, issued.code()).email()).isEqualTo(ADA);
    }

    @Test
    void anything_but_six_digits_is_refused_without_using_a_try() {
        LoginCodes.Issued issued = codes.issue(ADA, ADA_NAME);
        for (String typed : new String[] {null, "", "12345", "1234567", "abcdef", "12 456"}) {
            assertRefused(() -> codes.verify(ADA, typed), ErrorCode.CODE_INVALID);
        }

        assertThat(codes.verify(ADA, issued.code()).email()).isEqualTo(ADA);
    }

    @Test
    void verifying_an_email_that_asked_for_no_code_is_refused() {
        assertRefused(() -> codes.verify(ADA, "123456"), ErrorCode.CODE_INVALID);
    }

    private static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccessRefused.class, refused -> assertThat(refused.code()).isEqualTo(code));
    }
}
