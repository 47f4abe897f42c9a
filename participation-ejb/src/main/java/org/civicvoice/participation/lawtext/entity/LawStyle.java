package org.civicvoice.participation.lawtext.entity;

/**
 * The numbering style of a draft: Estonian ({@code 1. peatükk}, {@code § 2.}, {@code (1)}, {@code 1)}), EU
 * ({@code CHAPTER I}, {@code Article 5}, {@code 1.}, {@code (a)}, {@code (i)}) or Khmer ({@code ជំពូកទី ១},
 * {@code ផ្នែកទី ១}, {@code មាត្រា ៥}).
 */
public enum LawStyle {
    ESTONIAN,
    EU,
    KHMER
}
