package lv.balticom.privacy.testkit;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import lv.balticom.privacy.core.api.PersonalCode;

/**
 * Valid Latvian personal codes for tests, of both forms: a test must never use a real person's code,
 * and random valid ones keep tests on a shared database from colliding.
 */
public final class PersonalCodes {

    private PersonalCodes() {
    }

    /** A random valid older-form code ({@code DDMMYY-CNNNN}) for someone born on the given day. */
    public static String bornOn(LocalDate birthDate) {
        if (birthDate.getYear() < 1800 || birthDate.getYear() > 2099) {
            throw new IllegalArgumentException("older-form codes cover 1800..2099");
        }
        while (true) {
            String tenDigits = String.format("%02d%02d%02d%d%03d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
                    birthDate.getYear() % 100, (birthDate.getYear() - 1800) / 100, ThreadLocalRandom.current().nextInt(1000));
            int check = PersonalCode.checkDigit(tenDigits);
            if (check >= 0) {
                return tenDigits.substring(0, 6) + "-" + tenDigits.substring(6) + check;
            }
        }
    }

    /** A random valid older-form code for someone born between 1930 and 2005. */
    public static String olderForm() {
        LocalDate day = LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 75));
        return bornOn(day);
    }

    /** A random valid code of the form issued since July 2017 ({@code 32NNNN-NNNNN}). */
    public static String newForm() {
        while (true) {
            String tenDigits = "32" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            int check = PersonalCode.checkDigit(tenDigits);
            if (check >= 0) {
                return tenDigits.substring(0, 6) + "-" + tenDigits.substring(6) + check;
            }
        }
    }
}
