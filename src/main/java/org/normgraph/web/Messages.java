package org.normgraph.web;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Interface text in Chinese and English from {@code /i18n/ui_zh.properties} and
 * {@code /i18n/ui_en.properties}, for messages built in Java (errors); templates use Pebble's
 * {@code i18n()} on the same bundles.
 */
public final class Messages {
    public String text(String lang, String key, Object... args) {
        try {
            ResourceBundle b = ResourceBundle.getBundle("i18n/ui", Lang.locale(lang));
            return new MessageFormat(b.getString(key), Lang.locale(lang)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
