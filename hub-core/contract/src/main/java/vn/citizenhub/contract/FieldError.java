package vn.citizenhub.contract;

/** One reason why a field was refused, in Vietnamese first and English second. */
public record FieldError(String field, String code, String messageVi, String messageEn) {}
