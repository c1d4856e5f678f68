package vn.ptdv.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Number, percentage and date formats of vi-VN as official documents print them: 2.287; 113,1%; 24/01/2024. */
public final class VietnameseFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseFormat() {
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VietnameseText.VI_VN);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** 2287 → "2.287". */
    public static String integer(long value) {
        return pattern("#,##0").format(value);
    }

    /** A ratio numerator/denominator as a percentage with one decimal: 2287/2022 → "113,1%"; null when the denominator is 0. */
    public static String percent(long numerator, long denominator) {
        BigDecimal ratio = ratio(numerator, denominator);
        return ratio == null ? null : percent(ratio);
    }

    /** A percentage value (113.1 for 113,1%) with one decimal. */
    public static String percent(BigDecimal percentValue) {
        return pattern("#,##0.0").format(percentValue.setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** numerator ÷ denominator × 100 rounded half-up to one decimal; null when the denominator is 0 (never divide by zero). */
    public static BigDecimal ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** 2024-01-24 → "24/01/2024". */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * The place-and-date line of party documents (Hướng dẫn 36-HD/VPTW): "Lào Cai, ngày 03 tháng 02 năm 2024".
     * Days below 10 and the months January and February take a leading zero.
     */
    public static String placeAndDate(String place, LocalDate date) {
        String day = String.format("%02d", date.getDayOfMonth());
        int m = date.getMonthValue();
        String month = m <= 2 ? String.format("%02d", m) : Integer.toString(m);
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
