// Light and dark looks for the console. The window offers System, Light and Dark; the choice
// goes onto the whole application (style and palette), so every widget that paints with
// palette() follows, custom-painted ones included.
//
//   applyTheme(Theme::Dark);                       // Fusion with darkPalette()
//   settings.setValue("ui/theme", themeName(Theme::Dark));
#pragma once

#include <QPalette>
#include <QString>

namespace greenlight {

enum class Theme { Invalid, System, Light, Dark };

// "system", "light", "dark" (as kept in QSettings and given to --theme); Invalid for anything else.
QString themeName(Theme theme);
Theme themeFromName(const QString& name);

// Fusion's light palette, independent of the desktop's.
QPalette lightPalette();
// A dark palette with enough contrast for text, links, highlights and disabled items.
QPalette darkPalette();

// Sets style and palette on the QApplication. System returns to the look the platform gave the
// application, remembered the first time this is called.
void applyTheme(Theme theme);

} // namespace greenlight
