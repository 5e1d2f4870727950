package io.jingwei.privacy;

/**
 * A value that is personal data (个人信息), such as a resident ID number (公民身份号码), a mobile number or a
 * person's name. Jingwei's issue arguments, reports and logs show {@link #masked()} unless the caller opts in
 * to full values ({@code ValidationOptions.showPersonalData}).
 *
 * <p>Implementations are immutable value types; their {@code toString()} returns the masked text.
 */
public interface PersonalData {

  /** The full value. Personal data: do not log or display it without the holder's consent. */
  String value();

  /** The masked text, safe to show: {@code 450103********123X}, {@code 138****5678}, {@code 张*}. */
  String masked();
}
